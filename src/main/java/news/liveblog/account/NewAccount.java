package news.liveblog.account;

/** What it takes to create an account. */
public record NewAccount(String username, String displayName, String password, EditorRole role) {
}
