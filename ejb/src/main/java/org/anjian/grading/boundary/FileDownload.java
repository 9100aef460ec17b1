package org.anjian.grading.boundary;

import java.io.Serializable;

/** A file handed to a browser: its name, the content type detected on upload, and its bytes. */
public record FileDownload(String fileName, String contentType, byte[] content)
    implements Serializable {}
