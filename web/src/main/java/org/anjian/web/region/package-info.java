/** The cascading province → city → county selects that registration and account pages share. */
package org.anjian.web.region;
