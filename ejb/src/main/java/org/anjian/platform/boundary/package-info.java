/**
 * What every component's boundary shares: the data source and migrations, paging and text search.
 * The exception root lives in {@code org.anjian.platform.exception} (persistence).
 */
package org.anjian.platform.boundary;
