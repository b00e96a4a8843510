package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRepository extends JpaRepository<ApprovalDocument, Long>, JpaSpecificationExecutor<ApprovalDocument> {

    String FILTER = " from ApprovalDocument d where (:type is null or d.type = :type)"
        + " and (:year is null or d.fiscalYear = :year)"
        + " and (:section is null or d.section.code = :section)"
        + " and (:status is null or d.status = :status)"
        + " and (:forBureau = false or d.hiddenFromBureau = false)";

    @Query("select d" + FILTER + " order by d.updatedAt desc, d.id desc")
    List<ApprovalDocument> filter(@Param("type") DocumentType type, @Param("year") Integer year,
        @Param("section") String section, @Param("status") DocumentStatus status, @Param("forBureau") boolean forBureau,
        Pageable page);

    @Query("select count(d)" + FILTER)
    long countFilter(@Param("type") DocumentType type, @Param("year") Integer year,
        @Param("section") String section, @Param("status") DocumentStatus status, @Param("forBureau") boolean forBureau);

    List<ApprovalDocument> findByIdIn(Collection<Long> ids);

    /** Takes the document row's write lock until the transaction ends; empty if there is no such row. */
    @Query(value = "SELECT id FROM document WHERE id = :id FOR UPDATE", nativeQuery = true)
    List<Long> lockRow(@Param("id") long id);

    /** Ids of documents in these states whose number or section name is like the pattern, or drafted by one of these people. */
    @Query("select d.id from ApprovalDocument d where d.status in :statuses and (lower(d.number) like :pattern escape '!'"
        + " or lower(d.section.name) like :pattern escape '!' or d.drafter in :drafters) order by d.id")
    List<Long> openMatching(@Param("pattern") String pattern, @Param("drafters") Collection<String> drafters,
        @Param("statuses") Collection<DocumentStatus> statuses, Pageable page);
}
