/**
 * The audit trail: who published, corrected, pinned, retracted, opened or changed what, and when.
 * Written by listening to the other modules' events inside their transactions; read by admins.
 */
package news.liveblog.audit;
