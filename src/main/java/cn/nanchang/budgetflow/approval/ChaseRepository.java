package cn.nanchang.budgetflow.approval;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChaseRepository extends JpaRepository<Chase, Long> {

    boolean existsByTaskIdAndChasedOn(String taskId, LocalDate chasedOn);
}
