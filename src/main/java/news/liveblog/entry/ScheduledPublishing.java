package news.liveblog.entry;

import news.liveblog.system.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled entries when their time comes. The database decides which instance publishes what
 * ({@code FOR UPDATE SKIP LOCKED}), so an in-memory timer on each instance is only the trigger.
 */
@Component
class ScheduledPublishing {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final Entries entries;

	ScheduledPublishing(Entries entries) {
		this.entries = entries;
	}

	@Scheduled(fixedDelayString = "${liveblog.scheduled-publishing.interval:PT5S}")
	void publishDueEntries() {
		int published;
		try {
			do {
				published = this.entries.publishDue();
				if (published > 0) {
					logger.info("Published {} scheduled entries", published);
				}
			}
			while (published > 0);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				throw ex;
			}
			// Due entries stay due: the next run after the database is back publishes them.
			logger.warn("Scheduled entries wait for the database: {}", ex.getMessage());
		}
	}

}
