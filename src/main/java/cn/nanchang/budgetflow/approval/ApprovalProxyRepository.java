package cn.nanchang.budgetflow.approval;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalProxyRepository extends JpaRepository<ApprovalProxy, Long> {

    List<ApprovalProxy> findByPrincipalOrderByStartsOnAsc(String principal);

    List<ApprovalProxy> findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(String proxy, LocalDate day1,
        LocalDate day2);
}
