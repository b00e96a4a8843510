package cn.nanchang.budgetflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The table procurement_funding_class as migrated (V44), walked cell by cell: for every category
 * and every economic class of the catalogue, whether a line of that class may pay for it.
 */
// the API tests' shared context: a configuration of its own would cost a context start for one table
@ApiTestContext
class FundingClassesTest {

    private static final Map<String, Set<ProcurementCategory>> EXPECTED = Map.of(
        "30101", Set.of(),
        "30199", Set.of(),
        "30201", Set.of(ProcurementCategory.GOODS, ProcurementCategory.WORKS, ProcurementCategory.SERVICES),
        "30213", Set.of(ProcurementCategory.GOODS, ProcurementCategory.WORKS, ProcurementCategory.SERVICES),
        "30302", Set.of(),
        "31002", Set.of(ProcurementCategory.GOODS, ProcurementCategory.WORKS, ProcurementCategory.SERVICES),
        "31007", Set.of(ProcurementCategory.GOODS, ProcurementCategory.WORKS, ProcurementCategory.SERVICES));

    @Autowired
    FundingClasses classes;

    @Test
    void salaries_and_payments_to_persons_pay_for_no_purchase_while_goods_and_capital_classes_pay_for_all() {
        FundingClasses.Rules rules = classes.rules();

        EXPECTED.forEach((code, categories) ->
            assertThat(rules.categoriesFor(code)).as("经济分类 %s", code).containsExactlyInAnyOrderElementsOf(categories));
    }

    @Test
    void every_category_names_its_allowed_classes_for_the_message() {
        FundingClasses.Rules rules = classes.rules();

        for (ProcurementCategory category : ProcurementCategory.values()) {
            assertThat(rules.classesFor(category)).isEqualTo("302 商品和服务支出、310 资本性支出");
        }
    }

    @Test
    void a_code_too_short_to_have_a_class_funds_nothing() {
        assertThat(classes.rules().categoriesFor("30")).isEmpty();
        assertThat(classes.rules().categoriesFor(null)).isEmpty();
    }
}
