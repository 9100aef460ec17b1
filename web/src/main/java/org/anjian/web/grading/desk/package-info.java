/**
 * The review desk of grading for organising bodies, evaluation agencies and regulators: 待办事项,
 * 评审办理情况 with its export, and one application with the moves its holder may make.
 */
package org.anjian.web.grading.desk;
