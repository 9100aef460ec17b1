/** Tests that use the application from outside, over HTTP or in headless Chromium, as users do. */
package org.anjian.it.client;
