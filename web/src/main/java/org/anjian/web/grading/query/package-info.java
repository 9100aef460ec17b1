/**
 * 达标查询: the public pages of grading, open without login — graded enterprises, verification of a
 * certificate by its number (what the QR code opens) and published announcements.
 */
package org.anjian.web.grading.query;
