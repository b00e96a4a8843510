package cn.nanchang.budgetflow.attachment;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByDocumentIdAndRemovedFalseOrderByIdAsc(long documentId);

    long countByDocumentIdAndRemovedFalse(long documentId);

    /** Every stored file, removed ones too (their bytes stay and stay checked), in pages by id. */
    @Query("select a from Attachment a where a.id > :afterId order by a.id")
    List<Attachment> after(@Param("afterId") long afterId, Pageable page);
}
