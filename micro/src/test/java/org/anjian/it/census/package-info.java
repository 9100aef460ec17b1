/**
 * Integration and browser tests of the census (System B): filing, the review chain county → city →
 * province → national, returns, jurisdiction, concurrency, statistics and export, each driven as a
 * real signed-in user against Payara Micro and PostgreSQL.
 */
package org.anjian.it.census;
