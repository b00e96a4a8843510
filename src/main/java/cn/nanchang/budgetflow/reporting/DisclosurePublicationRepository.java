package cn.nanchang.budgetflow.reporting;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosurePublicationRepository extends JpaRepository<DisclosurePublication, Long> {

    Optional<DisclosurePublication> findByFiscalYear(int fiscalYear);

    @Query("select max(p.fiscalYear) from DisclosurePublication p where p.status = cn.nanchang.budgetflow.reporting.PublicationStatus.PUBLISHED")
    Optional<Integer> latestPublishedYear();

    /** The year's record, locked: two people acting on one year's publication do so one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DisclosurePublication p where p.fiscalYear = :year")
    Optional<DisclosurePublication> lockByFiscalYear(@Param("year") int fiscalYear);
}
