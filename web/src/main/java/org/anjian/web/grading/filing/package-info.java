/**
 * 达标申请 (网上申报): the enterprise's pages of grading — its applications and certificates, the national
 * application form with its attachments, and where each application stands.
 */
package org.anjian.web.grading.filing;
