package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrgUnit;
import org.springframework.lang.Nullable;

/** A section as 科室管理 shows it: code, name, order, its 科长 (username and name) if one is named, and whether it is in use. */
public record SectionAccount(String code, String name, int sortOrder, @Nullable String head, @Nullable String headName,
        boolean active) {

    static SectionAccount of(OrgUnit s, @Nullable AppUser head) {
        return new SectionAccount(s.getCode(), s.getName(), s.getSortOrder(), head == null ? null : head.getUsername(),
            head == null ? null : head.getDisplayName(), s.isActive());
    }
}
