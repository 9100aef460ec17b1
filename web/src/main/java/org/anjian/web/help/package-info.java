/**
 * 帮助: the user manual of each kind of user (and of visitors), shown in the portal with screenshots
 * of the real pages and downloadable as one PDF per role.
 */
package org.anjian.web.help;
