package cn.nanchang.budgetflow.security;

import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.Role;
import java.io.Serializable;
import java.util.List;

/** The signed-in person as services need them: name, role and, for section-bound roles, the section. */
public record Actor(String username, String displayName, Role role, String sectionCode, String sectionName)
        implements Serializable {

    /** The approval groups whose tasks this person may take. */
    public List<String> groups() {
        return ApprovalGroups.of(role, sectionCode);
    }

    /** Whether this person may read documents of the given section. */
    public boolean canSee(String documentSectionCode) {
        return role.seesAllSections() || (role.isSectionBound() && documentSectionCode.equals(sectionCode));
    }
}
