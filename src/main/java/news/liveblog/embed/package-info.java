/**
 * Posts and videos from other sites: which networks an entry can show a post of, how their addresses are
 * read into a validated id, the official embed each offers (and so which hosts the page may frame), and the
 * optional oEmbed look-up that fills in a post's author and text. Nothing here is ever loaded by a reader
 * who did not ask for it.
 */
package news.liveblog.embed;
