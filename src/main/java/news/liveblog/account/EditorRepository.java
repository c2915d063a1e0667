package news.liveblog.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EditorRepository extends Repository<Editor, Long> {

	Editor save(Editor editor);

	Optional<Editor> findById(long id);

	Optional<Editor> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Editor> findAllByOrderByUsername();

	long count();

}
