/** Web plumbing shared by all pages: texts, language, lazy tables, error handling, health. */
package org.anjian.web.platform;
