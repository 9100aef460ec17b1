/**
 * Census work that is no single record's job: who may see a record ({@code CensusAccess}), the
 * paged and batched lists, the review routes, completeness before submitting and the export
 * columns.
 */
package org.anjian.census.control;
