/**
 * The exceptions every component shares: {@link BusinessException} is the root of every failure a
 * user is told about, by a message-bundle key. They live in the persistence module because the
 * entities that keep the rules throw them.
 */
package org.anjian.platform.exception;
