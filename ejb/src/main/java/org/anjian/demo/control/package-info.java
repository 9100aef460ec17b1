/**
 * Helpers of the demo data (and of integration tests that need the same situations): they drive
 * records through the real workflow methods, as a user would have.
 */
package org.anjian.demo.control;
