package cn.nanchang.budgetflow.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByKindOrderBySortOrder(OrgUnitKind kind);

    /** The sections in their order, ties by code, so that two sections of the same order stay put. */
    List<OrgUnit> findByKindOrderBySortOrderAscCodeAsc(OrgUnitKind kind);

    Optional<OrgUnit> findByCode(String code);

    Optional<OrgUnit> findByName(String name);

    List<OrgUnit> findByHeadUserId(Long headUserId);

    @Query("select coalesce(max(u.id), 0) from OrgUnit u")
    long maxId();
}
