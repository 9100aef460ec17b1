/**
 * Grading (System A): the application with its workflow moves ({@code GradingMove}), score
 * conversion and level rules, certificates and their numbers, announcements, the expert and
 * evaluator registries.
 */
package org.anjian.grading.entity;
