package org.anjian.platform.control;

/** TEMPORARY until the helper's version is merged. */
public record DetectedUpload(String fileName, String contentType, long size, String sha256) {}
