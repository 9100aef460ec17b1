/**
 * Account boundaries: signing in, one's own profile, the account hierarchy, enterprise registration
 * and directory, the security audit. Every method checks role and jurisdiction.
 */
package org.anjian.account.boundary;
