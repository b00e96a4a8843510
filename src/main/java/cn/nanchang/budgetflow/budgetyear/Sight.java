package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;

/**
 * How far a reader sees into a budget year. A section-bound reader (科员, 科长) sees only their own
 * section's figures: totals are their section's, the unit's ceilings are out of sight. The bureau
 * sees the unit as a whole: totals of every section, but no section's part. 财务, the director
 * and the auditors see everything.
 */
record Sight(String ownSection, boolean seesSections) {

    static Sight of(Actor actor) {
        if (actor.role().isSectionBound()) {
            return new Sight(actor.sectionCode(), true);
        }
        return new Sight(null, actor.role() != Role.BUREAU);
    }

    /** Whether a figure counts in what this reader is shown; a unit-level figure (no section) only for unit-wide readers. */
    boolean counts(String figureSection) {
        return ownSection == null || ownSection.equals(figureSection);
    }

    /** Whether a section's own part (its request, its split, its row) is shown. */
    boolean showsSection(String sectionCode) {
        return seesSections && (ownSection == null || ownSection.equals(sectionCode));
    }

    /** Whether the unit as a whole (the ceilings, unit totals, what is left unallocated) is shown. */
    boolean showsUnit() {
        return ownSection == null;
    }
}
