package cn.nanchang.budgetflow.procurement;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingClassRepository extends JpaRepository<FundingClass, Long> {
}
