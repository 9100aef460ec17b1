/**
 * The integration-test harness: the embedded PostgreSQL launcher the build runs, the one suite
 * deployment, and helpers for HTTP visitors, the browser, the database and the UI texts.
 */
package org.anjian.it.support;
