/** The GB/T 2260 administrative division tree that jurisdiction follows. */
package org.anjian.region.entity;
