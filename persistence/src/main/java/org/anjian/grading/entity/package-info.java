/**
 * Grading (System A): the workflow moves, score conversion and level rules, certificate numbers.
 * Pure rules so far; the application entity, pages and boundaries are still to be built.
 */
package org.anjian.grading.entity;
