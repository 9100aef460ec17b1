/**
 * Grading (System A) through HTTP and the screens: the enterprise's filing, the review desk from
 * preliminary review to the printed certificate, certificate numbering under concurrency, the PDF
 * certificate and the public query and verification pages.
 */
package org.anjian.it.grading;
