/**
 * National-size data for load tests and query plans: every region's regulator with staff logins,
 * enterprises, census records and grading applications in every state with the history the workflow
 * rules would have written, certificates and announcements. Deterministic: a fixed seed and a fixed
 * clock.
 */
package org.anjian.load;
