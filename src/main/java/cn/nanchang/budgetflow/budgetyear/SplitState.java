package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The current split of the ceilings among the sections (the latest one 财务 recorded) and where it
 * stands: approved by the director or not yet. {@code unallocated} is what is left of each unit
 * ceiling (未分配); it and {@code sections} of other sections are absent for section-bound
 * readers, and the bureau sees no sections.
 */
public record SplitState(List<SectionCeilings> sections, Map<ExpenditureKind, Money> unallocated, String recordedBy,
        Instant recordedAt, boolean approved, String approvedBy, Instant approvedAt) {

    /** One section's ceilings: by kind from the split, and the ceilings the bureau set on the section's projects. */
    public record SectionCeilings(String sectionCode, String sectionName, Map<ExpenditureKind, Money> byKind,
            List<UnitCeilings.ProjectCeiling> projects) {
    }
}
