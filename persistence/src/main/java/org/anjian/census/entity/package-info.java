/** Census records of non-coal mines and tailings ponds, their facts and review history. */
package org.anjian.census.entity;
