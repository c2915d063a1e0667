/**
 * What every module stands on: the clock, the language a page is printed in, error pages and
 * start-up diagnostics.
 */
package news.liveblog.system;
