/**
 * Test-only servlets, in the test archive only: they call a boundary as the signed-in user, under
 * the URL area whose security constraint that boundary serves.
 */
package org.anjian.it.probe;
