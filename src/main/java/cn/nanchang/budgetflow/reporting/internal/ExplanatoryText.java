package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import cn.nanchang.budgetflow.reporting.Disclosure.TextSection;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProjectText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The 预算情况说明, section by section in the order and wording of the published 2023 text
 * (part 3): income, expenditure, financial appropriation, the government-fund and state-capital
 * statements, 机关运行经费, government procurement by category, vehicles, each project's
 * performance summary and the "三公" account; preceded by the list of tables and the 尾差 note.
 */
@Component
public class ExplanatoryText {

    private final Messages m;
    private final BudgetText figures;
    private final UnitNotes notes;
    private final UnitProfileText profile;

    ExplanatoryText(Messages m, UnitNotes notes) {
        this.m = m;
        this.figures = new BudgetText(m);
        this.notes = notes;
        this.profile = new UnitProfileText(m);
    }

    /** The whole text, 第一部分 to 第四部分, of the sources, their tables and the year's texts. */
    public List<TextSection> build(DisclosureSources s, List<DisclosureTable> tables, DisclosureTexts n) {
        String year = String.valueOf(s.now().fiscalYear());
        List<TextSection> sections = new ArrayList<>(profile.partOne(notes.unitName(), year, n));
        List<String> tableList = new ArrayList<>();
        tables.forEach(t -> tableList.add(m.get("disclosure.text.tableItem", t.number(), t.title())));
        tableList.add(m.get("disclosure.text.roundingNote"));
        sections.add(new TextSection(m.get("disclosure.text.tablesHeading", notes.unitName(), year), tableList));
        sections.add(new TextSection(m.get("disclosure.text.part3", notes.unitName(), year), List.of()));
        sections.add(new TextSection(m.get("disclosure.text.partOne", year), List.of()));
        sections.add(new TextSection(m.get("disclosure.text.income.heading"), List.of(
            figures.total("disclosure.text.income", year, notes.shortName(), s.now(), s.before())
                + figures.incomeDetail(s.now(), s.before()))));
        sections.add(new TextSection(m.get("disclosure.text.spending.heading"), List.of(
            figures.total("disclosure.text.spending", year, notes.shortName(), s.now(), s.before()),
            figures.byKind(s.now(), s.before()),
            figures.byFunction(s.now(), s.before(), n.functionReasons()),
            figures.byEconomic(s.now(), s.before()))));
        sections.add(new TextSection(m.get("disclosure.text.appropriation.heading"), List.of(
            figures.total("disclosure.text.appropriation", year, notes.unitName(), s.now(), s.before()),
            figures.byFunction(s.now(), s.before(), n.functionReasons()),
            figures.byKind(s.now(), s.before()))));
        sections.add(fundStatement("八", "disclosure.text.governmentFund", tables));
        sections.add(fundStatement("九", "disclosure.text.stateCapital", tables));
        sections.add(new TextSection(m.get("disclosure.text.operatingCosts.heading"), List.of(
            n.operatingCosts() == null ? m.get("disclosure.text.operatingCosts.default") : n.operatingCosts())));
        sections.add(new TextSection(m.get("disclosure.text.procurement.heading"), List.of(procurement(year, s))));
        sections.add(new TextSection(m.get("disclosure.text.assets.heading"), assets(year, n.vehicles())));
        sections.add(new TextSection(m.get("disclosure.text.projects.heading"), projects(s)));
        sections.add(new TextSection(m.get("disclosure.text.sanGong.heading"),
            figures.sanGong(year, s.now(), s.before(), n.sanGongReasons())));
        sections.addAll(profile.partFour(n));
        return sections;
    }

    /** （四）/（五）: the standard "none" sentence for an empty table, otherwise its total. */
    private TextSection fundStatement(String tableNumber, String key, List<DisclosureTable> tables) {
        DisclosureTable table = tables.stream().filter(t -> t.number().equals(tableNumber)).findFirst().orElseThrow();
        String sentence = table.empty() ? m.get(key + ".none")
            : m.get(key + ".amount", Wan.of(table.rows().get(0).amount(2)));
        return new TextSection(m.get(key + ".heading"), List.of(sentence));
    }

    private String procurement(String year, DisclosureSources s) {
        if (!s.procuredTotal().isPositive()) {
            return m.get("disclosure.text.procurement.none", year);
        }
        return m.get("disclosure.text.procurement", year, Wan.of(s.procuredTotal()), Wan.of(s.procured(ProcurementCategory.GOODS)),
            Wan.of(s.procured(ProcurementCategory.WORKS)), Wan.of(s.procured(ProcurementCategory.SERVICES)));
    }

    private List<String> assets(String year, DisclosureTexts.Vehicles v) {
        if (v == null) {
            return List.of(m.get("disclosure.text.assets.unknown"));
        }
        return List.of(m.get("disclosure.text.assets", String.valueOf(v.asOf().getYear()), String.valueOf(v.asOf().getMonthValue()),
                String.valueOf(v.asOf().getDayOfMonth()), String.valueOf(v.total()), String.valueOf(v.official()),
                String.valueOf(v.lawEnforcement())),
            m.get("disclosure.text.assets.purchase", year, String.valueOf(v.toPurchase())));
    }

    /** （九）: each approved project, numbered, with the six parts of the published summary. */
    private List<String> projects(DisclosureSources s) {
        List<String> lines = new ArrayList<>();
        int no = 0;
        for (ProjectText p : s.projects()) {
            no++;
            lines.add(p.purpose() == null ? m.get("disclosure.text.project.title", String.valueOf(no), p.name())
                : m.get("disclosure.text.project.titleWithPurpose", String.valueOf(no), p.name(), p.purpose()));
            lines.add(m.get("disclosure.text.project.overview", p.overview()));
            lines.add(m.get("disclosure.text.project.basis", p.legalBasis()));
            lines.add(m.get("disclosure.text.project.body", p.implementingBody()));
            lines.add(m.get("disclosure.text.project.period", period(p)));
            lines.add(m.get("disclosure.text.project.budget", Wan.of(p.budgeted())));
            lines.add(m.get("disclosure.text.project.indicators"));
            p.indicators().forEach((category, names) -> lines.add(category + "：" + String.join("；", names) + "。"));
        }
        if (lines.isEmpty()) {
            lines.add(m.get("disclosure.text.projects.none"));
        }
        return lines;
    }

    private String period(ProjectText p) {
        if (p.start().getMonthValue() == 1 && p.end().getMonthValue() == 12 && p.start().getYear() == p.end().getYear()) {
            return m.get("disclosure.text.project.wholeYear", String.valueOf(p.start().getYear()));
        }
        return m.get("disclosure.text.project.months", String.valueOf(p.start().getYear()), String.valueOf(p.start().getMonthValue()),
            String.valueOf(p.end().getYear()), String.valueOf(p.end().getMonthValue()));
    }
}
