package cn.nanchang.budgetflow.adjustment;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetAdjustmentRepository extends JpaRepository<BudgetAdjustment, Long> {
}
