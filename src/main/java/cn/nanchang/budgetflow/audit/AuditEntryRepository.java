package cn.nanchang.budgetflow.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByDocumentIdOrderByIdAsc(Long documentId);

    List<AuditEntry> findByActorAndActionOrderByIdDesc(String actor, AuditAction action);

    List<AuditEntry> findByActionInOrderBySeqDesc(Collection<AuditAction> actions, Pageable page);

    @Query("select distinct e.documentId from AuditEntry e where e.actor in :actors and e.documentId is not null")
    List<Long> documentIdsActedOnBy(@Param("actors") Collection<String> actors);

    /** Only the hashes, for the Merkle tree: a page of (seq, entry hash). */
    @Query("select e.seq, e.entryHash from AuditEntry e where e.seq > :afterSeq and e.seq <= :upToSeq order by e.seq")
    List<Object[]> hashesAfter(@Param("afterSeq") long afterSeq, @Param("upToSeq") long upToSeq, Pageable page);

    java.util.Optional<AuditEntry> findBySeq(Long seq);

    @Query("select e from AuditEntry e where e.seq > :afterSeq order by e.seq")
    List<AuditEntry> chainAfter(@Param("afterSeq") long afterSeq, Pageable page);
}
