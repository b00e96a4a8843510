package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.Money;
import java.time.Instant;

/** A project of the library (项目库): an approved application, with the code budget lines refer to it by. */
public record ApprovedProject(long id, String projectCode, String name, ProjectCategory category, String sectionCode,
        String sectionName, int fiscalYear, Money annualBudget, Instant approvedAt) {

    /** "XM-2023-S04-0001 南昌市政府网站集约化平台运维项目", as shown in pickers. */
    public String label() {
        return projectCode + " " + name;
    }

    static ApprovedProject of(ProjectApplication p) {
        return new ApprovedProject(p.getId(), p.getProjectCode(), p.getName(), p.getCategory(), p.getSection().getCode(),
            p.getSection().getName(), p.getFiscalYear(), p.annualBudget(), p.getApprovedAt());
    }
}
