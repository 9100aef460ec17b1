/** Pages of signing in and out, one's own profile and password, accounts and registration. */
package org.anjian.web.account;
