package news.liveblog.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached" (stopped, restarting, unreachable), as opposed
 * to a bug or a bad request: the one failure an editor can do nothing about but wait and send again.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception"; 57P01-57P03 are "the server is shutting down or
			// starting up" (admin_shutdown, crash_shutdown, cannot_connect_now).
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a failure came from the database or the way to it, for whatever reason. */
	public static boolean isDatabaseFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof PersistenceException) {
				return true;
			}
		}
		return false;
	}

}
