package cn.nanchang.budgetflow.budgetyear;

import java.util.List;

/**
 * 财务's split of the unit's ceilings among the sections (分解控制数), amounts in yuan as typed.
 * A section left out gets nothing; each kind's sum may not exceed the unit's ceiling of that kind.
 */
public record SplitInput(List<SectionSplitInput> sections) {

    /** One section's ceilings by kind. */
    public record SectionSplitInput(String sectionCode, String personnel, String publicAmount, String project) {
    }
}
