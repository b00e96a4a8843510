package cn.nanchang.budgetflow.organization;

/**
 * The one role a user holds (DOMAIN.md §2). Section-bound roles need a section; the others
 * act for the whole unit or, for the bureau reviewer, for the parent department.
 */
public enum Role {
    STAFF(true),
    SECTION_HEAD(true),
    FINANCE(false),
    DIRECTOR(false),
    BUREAU(false),
    AUDITOR(false),
    ADMIN(false);

    private final boolean sectionBound;

    Role(boolean sectionBound) {
        this.sectionBound = sectionBound;
    }

    public boolean isSectionBound() {
        return sectionBound;
    }

    /** The Spring Security authority, e.g. ROLE_SECTION_HEAD. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name();
    }

    /** Roles that see every section's documents. */
    public boolean seesAllSections() {
        return this == FINANCE || this == DIRECTOR || this == BUREAU || this == AUDITOR;
    }
}
