package cn.nanchang.budgetflow.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectiveDecisionRepository extends JpaRepository<CollectiveDecision, Long> {

    List<CollectiveDecision> findByDocumentIdOrderByIdAsc(long documentId);
}
