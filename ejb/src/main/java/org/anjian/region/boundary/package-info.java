/** The cached region tree: lookups, children for cascading selects, subtree checks. */
package org.anjian.region.boundary;
