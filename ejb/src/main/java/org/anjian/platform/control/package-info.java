/** Settings read from the environment. */
package org.anjian.platform.control;
