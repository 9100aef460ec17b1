/** Signing in: our HTTP authentication mechanism, the identity store, captcha, forced change. */
package org.anjian.web.security;
