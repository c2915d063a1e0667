package news.liveblog.entry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No published entry with that id in that blog: for a reader, one that never existed and one that
 * was retracted look the same.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EntryNotFoundException extends RuntimeException {

	public EntryNotFoundException(long entryId) {
		super("No published entry " + entryId);
	}

}
