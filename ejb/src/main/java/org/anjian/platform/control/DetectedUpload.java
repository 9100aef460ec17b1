package org.anjian.platform.control;

/**
 * An uploaded file as the server found it.
 *
 * @param fileName the name the user gave, made safe to store and show (see {@link SafeFileName})
 * @param mimeType the type read from the content, never the browser's claim or the name's ending
 * @param size in bytes
 * @param sha256 lower-case hex digest of the content, to find duplicates and prove integrity
 */
public record DetectedUpload(String fileName, String mimeType, long size, String sha256) {}
