package cn.nanchang.budgetflow.ledger;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByIndicatorIdOrderByIdAsc(long indicatorId);

    List<LedgerEntry> findByDocumentIdAndKindIn(long documentId, Collection<EntryKind> kinds);

    List<LedgerEntry> findByItemRefAndKindIn(String itemRef, Collection<EntryKind> kinds);

    /** Sums by indicator and kind, for checking that the running totals add up. */
    @Query("select e.indicatorId, e.kind, sum(e.amount) from LedgerEntry e where e.indicatorId in :ids group by e.indicatorId, e.kind")
    List<Object[]> sums(@Param("ids") Collection<Long> indicatorIds);
}
