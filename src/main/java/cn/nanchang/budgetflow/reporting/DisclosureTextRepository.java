package cn.nanchang.budgetflow.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisclosureTextRepository extends JpaRepository<DisclosureText, Integer> {

    /** The latest year before {@code fiscalYear} with texts: a new year starts from it. */
    @Query("select t from DisclosureText t where t.fiscalYear = (select max(p.fiscalYear) from DisclosureText p where p.fiscalYear < ?1)")
    Optional<DisclosureText> latestBefore(int fiscalYear);
}
