package cn.nanchang.budgetflow.approval;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalProxyRepository extends JpaRepository<ApprovalProxy, Long> {

    List<ApprovalProxy> findByPrincipalOrderByStartsOnAsc(String principal);

    // JPQL, not a derived query: Hibernate 6 caches the plan of a JPQL string but builds and translates a derived
    // query's criteria tree on every call, which a profile of the approval showed (issue 17 §1).
    @Query("select p from ApprovalProxy p where p.proxy = ?1 and p.startsOn <= ?2 and p.endsOn >= ?3")
    List<ApprovalProxy> findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(String proxy, LocalDate day1,
        LocalDate day2);

    List<ApprovalProxy> findByProxy(String proxy);

    /** Grants that ended before this day and whose claims have not been given back yet. */
    List<ApprovalProxy> findByEndsOnBeforeAndClaimsReleasedFalse(LocalDate day);

    List<ApprovalProxy> findByProxyAndEndsOnBeforeAndClaimsReleasedFalse(String proxy, LocalDate day);

    List<ApprovalProxy> findByStartsOnLessThanEqualAndEndsOnGreaterThanEqual(LocalDate day1, LocalDate day2);
}
