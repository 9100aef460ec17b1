/**
 * Grading work that is no single entity's job: who may see and act on an application ({@code
 * GradingAccess}), the paged lists and their export, completeness of the form, attachments,
 * certificate numbers and the printed certificate (PDF with a QR code of its public verification
 * page), working days and the settings read from the environment.
 */
package org.anjian.grading.control;
