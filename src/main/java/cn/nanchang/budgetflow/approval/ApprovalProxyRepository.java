package cn.nanchang.budgetflow.approval;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalProxyRepository extends JpaRepository<ApprovalProxy, Long> {

    List<ApprovalProxy> findByPrincipalOrderByStartsOnAsc(String principal);

    List<ApprovalProxy> findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(String proxy, LocalDate day1,
        LocalDate day2);

    List<ApprovalProxy> findByProxy(String proxy);

    /** Grants that ended before this day and whose claims have not been given back yet. */
    List<ApprovalProxy> findByEndsOnBeforeAndClaimsReleasedFalse(LocalDate day);

    List<ApprovalProxy> findByProxyAndEndsOnBeforeAndClaimsReleasedFalse(String proxy, LocalDate day);

    List<ApprovalProxy> findByStartsOnLessThanEqualAndEndsOnGreaterThanEqual(LocalDate day1, LocalDate day2);
}
