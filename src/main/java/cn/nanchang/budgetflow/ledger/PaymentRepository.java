package cn.nanchang.budgetflow.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByIndicatorIdOrderByPaidOnAscIdAsc(long indicatorId);
}
