/**
 * The grading pages (System A) of announcements, certificates and the expert and evaluator
 * registries, and the certificate PDF. Thin view beans over the grading boundaries.
 */
package org.anjian.web.grading;
