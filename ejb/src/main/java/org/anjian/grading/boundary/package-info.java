/**
 * Grading boundaries: the enterprise's application and attachments, the desks of organising bodies,
 * evaluation agencies and regulators, announcements, certificates with their public query and
 * verification, the expert and evaluator registries. Every method checks role and jurisdiction
 * ({@code GradingAccess}); moves go through {@code GradingApplication.move}, with history.
 */
package org.anjian.grading.boundary;
