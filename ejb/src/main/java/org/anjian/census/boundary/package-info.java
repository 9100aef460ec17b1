/**
 * Census boundaries: an enterprise's filing, the regulators' level-by-level review, supervision,
 * tracking, statistics and export. Every method checks role and jurisdiction ({@code
 * CensusAccess}), moves the record through its own methods and writes history in the same
 * transaction; the web tier gets DTOs (rows, views, forms), never entities.
 */
package org.anjian.census.boundary;
