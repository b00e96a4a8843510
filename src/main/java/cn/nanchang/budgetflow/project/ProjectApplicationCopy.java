package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.CopyPlan;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A new application from an earlier one of the section (复制为新项目): header, cost lines and the
 * performance-target table, for the year being prepared. The source is one that went through
 * review (submitted, returned, approved, even voided); a draft still being written is edited, not
 * copied. What has to change to be valid in the new year changes with a note: the name, when the
 * section already has a project of that name in the year, and a period that does not reach the
 * year, moved forward by whole years. The project code (项目库编号) and attachments are not copied.
 */
@Component
class ProjectApplicationCopy {

    private final ProjectDetailsReader reader;
    private final ProjectApplicationRepository applications;
    private final Messages messages;

    ProjectApplicationCopy(ProjectDetailsReader reader, ProjectApplicationRepository applications, Messages messages) {
        this.reader = reader;
        this.applications = applications;
        this.messages = messages;
    }

    CopyPlan<ProjectApplicationInput> plan(ProjectApplication source, int year) {
        if (source.getStatus() == DocumentStatus.DRAFT) {
            throw new ConflictException(messages.get("doctype.project.copy.draft", source.getNumber()));
        }
        ProjectApplicationDetails d = reader.details(source);
        List<String> notes = new ArrayList<>();
        String name = freeName(d.name(), d.sectionCode(), year, notes);
        YearMonth start = d.periodStart();
        YearMonth end = d.periodEnd();
        if (start.getYear() > year || end.getYear() < year) {
            int shift = year - d.fiscalYear();
            start = start.plusYears(shift);
            end = end.plusYears(shift);
            notes.add(messages.get("doctype.project.copy.periodMoved", d.periodStart().toString(), d.periodEnd().toString(),
                start.toString(), end.toString()));
        }
        var costLines = d.costLines().stream().map(l -> new ProjectApplicationInput.CostLineInput(l.functionCode(),
            l.economicCode(), l.amount().yuan().toPlainString(), l.note())).toList();
        var indicators = d.indicators().stream().map(i -> new ProjectApplicationInput.IndicatorInput(i.categoryCode(),
            i.name(), i.direction().name(), i.targetValue(), i.unit(), plain(i.weight()), i.note())).toList();
        return new CopyPlan<>(new ProjectApplicationInput(year, name, d.category().name(), d.overview(), d.legalBasis(),
            d.implementingBody(), start.toString(), end.toString(), d.annualBudget().yuan().toPlainString(), costLines,
            indicators, d.purpose()), notes);
    }

    /** The source's name, or, when the section has a project of that name in the year, the first free 「…（复制n）」. */
    private String freeName(String name, String sectionCode, int year, List<String> notes) {
        String candidate = name;
        for (int n = 1; applications.existsBySection_CodeAndFiscalYearAndName(sectionCode, year, candidate); n++) {
            String suffix = messages.get("doctype.project.copy.suffix", String.valueOf(n));
            candidate = name.substring(0, Math.min(name.length(), ProjectApplicationValidator.MAX_NAME - suffix.length())) + suffix;
        }
        if (!candidate.equals(name)) {
            notes.add(messages.get("doctype.project.copy.renamed", name, String.valueOf(year), candidate));
        }
        return candidate;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
