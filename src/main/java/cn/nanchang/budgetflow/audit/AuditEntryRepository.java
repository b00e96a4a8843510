package cn.nanchang.budgetflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByDocumentIdOrderByIdAsc(Long documentId);

    List<AuditEntry> findByActorAndActionOrderByIdDesc(String actor, AuditAction action);
}
