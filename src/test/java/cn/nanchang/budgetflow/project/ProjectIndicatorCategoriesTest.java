package cn.nanchang.budgetflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance-target categories are data: the seeded tree is DOMAIN.md §7's, and a
 * province that files 成本 as its own level 1 needs only a row change, after which the rules
 * follow the new tree. Each test rolls its changes back.
 */
@ApiTestContext
@Transactional
class ProjectIndicatorCategoriesTest {

    @Autowired
    IndicatorCategories categories;
    @Autowired
    ProjectApplicationValidator validator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_seeded_tree_has_output_benefit_and_satisfaction_with_their_level_two_categories() {
        IndicatorTree tree = categories.tree();
        assertThat(tree.roots()).extracting(IndicatorTree.Node::name).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(tree.roots().get(0).children()).extracting(IndicatorTree.Node::name)
            .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(tree.roots().get(1).children()).extracting(IndicatorTree.Node::name)
            .containsExactly("社会效益指标", "生态效益指标", "经济效益指标", "可持续影响指标");
        assertThat(tree.roots().get(2).children()).extracting(IndicatorTree.Node::name).containsExactly("服务对象满意度指标");
    }

    @Test
    void cost_filed_as_its_own_level_one_is_a_data_change_that_the_rules_follow() {
        jdbc.update("UPDATE indicator_category SET parent_id = NULL, sort_order = 15 WHERE code = 'COST'");
        jdbc.update("INSERT INTO indicator_category (id, code, name, parent_id, sort_order, requires_indicator)"
            + " VALUES (141, 'ECONOMIC_COST', '经济成本指标', 14, 16, FALSE)");
        IndicatorTree tree = categories.tree();
        assertThat(tree.roots()).extracting(IndicatorTree.Node::code)
            .containsExactly("OUTPUT", "COST", "BENEFIT", "SATISFACTION");
        assertThat(tree.roots().get(0).children()).extracting(IndicatorTree.Node::code)
            .containsExactly("QUANTITY", "QUALITY", "TIMELINESS");

        ProjectApplicationInput filedUnderNewCategory = withCostIndicatorUnder("ECONOMIC_COST");
        assertThat(validator.validate(filedUnderNewCategory).indicators())
            .extracting(ValidApplication.Indicator::categoryCode).contains("ECONOMIC_COST");
        assertThat(violations(withCostIndicatorUnder("COST")))
            .extracting(FieldViolation::field).contains("indicators[3].category", "indicators.COST");
    }

    private List<FieldViolation> violations(ProjectApplicationInput input) {
        try {
            validator.validate(input);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected the application to be refused");
    }

    @SuppressWarnings("unchecked")
    private static ProjectApplicationInput withCostIndicatorUnder(String category) {
        Map<String, Object> body = ProjectApplications.validApplication(2033);
        List<ProjectApplicationInput.IndicatorInput> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) body.get("indicators")) {
            String code = row.get("category").equals("COST") ? category : (String) row.get("category");
            rows.add(new ProjectApplicationInput.IndicatorInput(code, (String) row.get("name"), (String) row.get("direction"),
                (String) row.get("targetValue"), (String) row.get("unit"), null, null));
        }
        List<ProjectApplicationInput.CostLineInput> lines = ((List<Map<String, Object>>) body.get("costLines")).stream()
            .map(l -> new ProjectApplicationInput.CostLineInput((String) l.get("functionCode"), (String) l.get("economicCode"),
                (String) l.get("amount"), null))
            .toList();
        return new ProjectApplicationInput((Integer) body.get("fiscalYear"), (String) body.get("name"),
            (String) body.get("category"), (String) body.get("overview"), (String) body.get("legalBasis"),
            (String) body.get("implementingBody"), (String) body.get("periodStart"), (String) body.get("periodEnd"),
            (String) body.get("annualBudget"), lines, rows, (String) body.get("purpose"));
    }
}
