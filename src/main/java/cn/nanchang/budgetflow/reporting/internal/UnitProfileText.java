package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.Disclosure.TextSection;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryEntry;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryGroup;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.Staffing;
import java.util.ArrayList;
import java.util.List;

/**
 * 第一部分 单位概况 (主要职责, 主要工作任务, 机构设置及人员情况) and 第四部分 名词解释, in the order and
 * wording of the published 2023 document, from the year's texts. What is not entered reads 未填报,
 * which the text checks report as blocking publication.
 */
final class UnitProfileText {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final Messages m;

    UnitProfileText(Messages m) {
        this.m = m;
    }

    List<TextSection> partOne(String unitName, String year, DisclosureTexts t) {
        List<TextSection> sections = new ArrayList<>();
        sections.add(new TextSection(m.get("disclosure.text.partOneProfile", unitName), List.of()));
        sections.add(new TextSection(m.get("disclosure.text.duties.heading"), List.of(orMissing(t.duties(), "disclosureText.duties"))));
        sections.add(new TextSection(m.get("disclosure.text.tasks.heading", year), List.of(orMissing(t.tasks(), "disclosureText.tasks"))));
        List<String> organization = new ArrayList<>();
        organization.add(t.sections().isEmpty() ? m.get("disclosure.text.missing", m.get("disclosureText.sections"))
            : m.get("disclosure.text.sections", year, unitName, String.valueOf(t.sections().size()), String.join("、", t.sections())));
        Staffing s = t.staffing();
        organization.add(s == null ? m.get("disclosure.text.missing", m.get("disclosureText.staffing"))
            : m.get("disclosure.text.staffing", String.valueOf(s.authorized()), String.valueOf(s.actual()),
                String.valueOf(s.inService()), String.valueOf(s.retired())));
        sections.add(new TextSection(m.get("disclosure.text.organization.heading"), organization));
        return sections;
    }

    List<TextSection> partFour(DisclosureTexts t) {
        List<TextSection> sections = new ArrayList<>();
        sections.add(new TextSection(m.get("disclosure.text.partFour"), List.of()));
        if (t.glossary().isEmpty()) {
            sections.add(new TextSection("", List.of(m.get("disclosure.text.missing", m.get("disclosureText.glossary")))));
            return sections;
        }
        int group = 0;
        for (GlossaryGroup g : GlossaryGroup.values()) {
            List<GlossaryEntry> entries = t.glossary().stream().filter(e -> e.group() == g).toList();
            if (entries.isEmpty()) {
                continue;
            }
            group++;
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                lines.add(m.get("disclosure.text.glossary.entry", numeral(i + 1), entries.get(i).term(), entries.get(i).explanation()));
            }
            sections.add(new TextSection(m.get("disclosure.text.glossary.group", numeral(group),
                m.get("disclosureText.group." + g.name())), lines));
        }
        return sections;
    }

    private String orMissing(String text, String labelKey) {
        return text == null || text.isBlank() ? m.get("disclosure.text.missing", m.get(labelKey)) : text;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, up to 99: the numbering of the published headings. */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
