package cn.nanchang.budgetflow.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CarbonCopyRepository extends JpaRepository<CarbonCopy, Long> {

    Optional<CarbonCopy> findByDocumentIdAndRecipient(long documentId, String recipient);

    boolean existsByDocumentIdAndRecipient(long documentId, String recipient);

    List<CarbonCopy> findByRecipientOrderBySentAtDesc(String recipient, Pageable page);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<CarbonCopy> findByDocumentIdOrderBySentAtAsc(long documentId);
}
