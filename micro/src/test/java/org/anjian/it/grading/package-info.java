/** Grading (System A) through the screens: the enterprise's filing and the public pages. */
package org.anjian.it.grading;
