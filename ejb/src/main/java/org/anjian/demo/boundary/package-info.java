/** Demo organisations and logins for the run command; never loaded in production. */
package org.anjian.demo.boundary;
