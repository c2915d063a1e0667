package news.liveblog.audit;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findAllByOrderByIdDesc(Limit limit);

	List<AuditEvent> findByIdLessThanOrderByIdDesc(long id, Limit limit);

	List<AuditEvent> findByEntryIdOrderByIdDesc(long entryId);

}
