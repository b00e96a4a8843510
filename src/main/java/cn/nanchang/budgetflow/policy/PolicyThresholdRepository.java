package cn.nanchang.budgetflow.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyThresholdRepository extends JpaRepository<PolicyThreshold, String> {

    List<PolicyThreshold> findAllByOrderBySortOrder();
}
