package org.anjian.web.help;

/**
 * One chapter of a manual: a page of the portal, described in the help bundle under {@code
 * manual.<role>.<id>.title}, {@code .menu} and {@code .text}, with its screenshot at {@code
 * resources/manual/<role>/<id>.png}, which the browser tests take of {@code page}.
 *
 * @param id short name, unique within its manual
 * @param page the page's path below the application root, with any query string
 */
public record ManualChapter(String id, String page) {}
