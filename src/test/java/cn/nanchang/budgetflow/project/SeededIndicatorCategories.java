package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.project.IndicatorTree.Node;
import java.util.List;

/**
 * The category tree of the performance-target table as V6 seeds it, without a repository: 产出 (its
 * four subcategories each required), 效益 (required as a whole) and 满意度, for the validators' unit tests.
 */
final class SeededIndicatorCategories extends IndicatorCategories {

    static final IndicatorTree TREE = new IndicatorTree(List.of(
        new Node("OUTPUT", "产出指标", false, List.of(leaf("QUANTITY", "数量指标", true), leaf("QUALITY", "质量指标", true),
            leaf("TIMELINESS", "时效指标", true), leaf("COST", "成本指标", true))),
        new Node("BENEFIT", "效益指标", true, List.of(leaf("SOCIAL_BENEFIT", "社会效益指标", false),
            leaf("ECOLOGICAL_BENEFIT", "生态效益指标", false), leaf("ECONOMIC_BENEFIT", "经济效益指标", false),
            leaf("SUSTAINABLE_IMPACT", "可持续影响指标", false))),
        new Node("SATISFACTION", "满意度指标", true, List.of(leaf("BENEFICIARY_SATISFACTION", "服务对象满意度指标", false)))));

    SeededIndicatorCategories() {
        super(null);
    }

    @Override
    public IndicatorTree tree() {
        return TREE;
    }

    private static Node leaf(String code, String name, boolean required) {
        return new Node(code, name, required, List.of());
    }
}
