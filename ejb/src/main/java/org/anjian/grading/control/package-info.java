/**
 * Grading work that is no single entity's job: the printed certificate (PDF with a QR code of its
 * public verification page).
 */
package org.anjian.grading.control;
