/** What every component shares: the data source and migrations, paging, the exception root. */
package org.anjian.platform.boundary;
