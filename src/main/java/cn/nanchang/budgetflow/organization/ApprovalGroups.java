package cn.nanchang.budgetflow.organization;

import java.util.List;

/**
 * Names of the approval groups that the engine's candidate groups use. A section head's group
 * carries the section code, so a 科长's inbox holds only their own section's tasks.
 */
public final class ApprovalGroups {

    public static final String FINANCE = "finance";
    public static final String DIRECTOR = "director";
    public static final String BUREAU = "bureau";
    private static final String SECTION_HEAD_PREFIX = "section-head-";

    private ApprovalGroups() {
    }

    public static String sectionHead(String sectionCode) {
        return SECTION_HEAD_PREFIX + sectionCode;
    }

    /** The groups whose tasks this role (in this section) may take. */
    public static List<String> of(Role role, String sectionCode) {
        return switch (role) {
            case SECTION_HEAD -> List.of(sectionHead(sectionCode));
            case FINANCE -> List.of(FINANCE);
            case DIRECTOR -> List.of(DIRECTOR);
            case BUREAU -> List.of(BUREAU);
            case STAFF, AUDITOR, ADMIN -> List.of();
        };
    }
}
