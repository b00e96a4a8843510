package cn.nanchang.budgetflow.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByKindOrderBySortOrder(OrgUnitKind kind);

    Optional<OrgUnit> findByCode(String code);
}
