package cn.nanchang.budgetflow.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectApplicationRepository extends JpaRepository<ProjectApplication, Long> {

    /** The library: applications with a project code, i.e. approved ones. */
    @Query("select p from ProjectApplication p where p.projectCode is not null"
        + " and (:year is null or p.fiscalYear = :year)"
        + " and (:section is null or p.section.code = :section)"
        + " order by p.fiscalYear desc, p.projectCode")
    List<ProjectApplication> library(@Param("year") Integer year, @Param("section") String section);

    @Query("select p from ProjectApplication p where p.projectCode is not null and p.id in :ids")
    List<ProjectApplication> libraryByIds(@Param("ids") Collection<Long> ids);

    boolean existsBySection_CodeAndFiscalYearAndName(String sectionCode, int fiscalYear, String name);
}
