/**
 * The development run and the tests' shared set-up: an embedded PostgreSQL and the demo live blog.
 * Lives with the test sources so that none of it can reach the packaged application.
 */
package news.liveblog.dev;
