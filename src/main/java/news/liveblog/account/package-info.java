/**
 * Editors and admins: their accounts, roles, sign-in, sign-in throttling and the security of the back
 * office. {@link news.liveblog.account.Actor} is how other modules say who did something.
 */
package news.liveblog.account;
