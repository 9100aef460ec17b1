/** Settings read from the environment, and the server's own check of uploaded files. */
package org.anjian.platform.control;
