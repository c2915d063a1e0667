/**
 * What every module stands on: the clock, the language a page is printed in, error pages, start-up
 * diagnostics, and the site's security: the headers of every response and who may read the public pages,
 * the API and the actuator.
 */
package news.liveblog.system;
