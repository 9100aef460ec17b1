/**
 * The census pages (System B): the enterprise's records and form, the regulators' pending list,
 * tracking, archived query, details and statistics. Thin view beans over the census boundaries.
 */
package org.anjian.web.census;
