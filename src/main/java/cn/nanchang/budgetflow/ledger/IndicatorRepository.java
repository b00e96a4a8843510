package cn.nanchang.budgetflow.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByBudgetLineId(long budgetLineId);

    @Query("select i.budgetLineId from Indicator i where i.budgetLineId in :lines")
    List<Long> issuedLines(@Param("lines") Collection<Long> budgetLineIds);

    @Query("select i from Indicator i where i.fiscalYear = :year and (:section is null or i.sectionCode = :section)"
        + " order by i.sectionCode, i.kind, i.functionCode, i.economicCode, i.id")
    List<Indicator> ofYear(@Param("year") int fiscalYear, @Param("section") String sectionCode);

    @Query("select distinct i.fiscalYear from Indicator i where (:section is null or i.sectionCode = :section) order by i.fiscalYear desc")
    List<Integer> years(@Param("section") String sectionCode);


    @Query("select i.id from Indicator i where i.budgetLineId in :lines order by i.id")
    List<Long> idsOfLines(@Param("lines") Collection<Long> budgetLineIds);

    /** Approved projects' codes and names, read by id from the project library's table (the ledger only names them). */
    @Query(nativeQuery = true, value = "select id, project_code, name from project_application where id in (:ids)")
    List<Object[]> projectNames(@Param("ids") Collection<Long> projectIds);

    /** The fiscal years with an approved budget draft; read for the start-up backfill only. */
    @Query(nativeQuery = true, value = "select distinct fiscal_year from document where doc_type = 'BUDGET_DRAFT' and status = 'APPROVED'")
    List<Integer> approvedYears();

    /** The 批复 文号 a budget year recorded, if the year was prepared as one; read for the start-up backfill only. */
    @Query(nativeQuery = true, value = "select approval_ref from budget_year where fiscal_year = :year")
    List<String> budgetYearRef(@Param("year") int fiscalYear);
}
