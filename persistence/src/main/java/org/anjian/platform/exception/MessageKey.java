package org.anjian.platform.exception;

import java.io.Serializable;

/** A message argument that is itself a bundle key, translated where the message is shown. */
public record MessageKey(String key) implements Serializable {}
