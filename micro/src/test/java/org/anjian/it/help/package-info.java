/**
 * Browser tests of 帮助: the screenshots of the user manuals, taken of the real pages, and the manual
 * page, its PDF and the source systems' menu names as users see them.
 */
package org.anjian.it.help;
