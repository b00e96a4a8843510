package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.reporting.CheckFinding;
import cn.nanchang.budgetflow.reporting.Disclosure.TextSection;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checks that keep placeholders and invented comparisons out of a published disclosure, beside
 * the figure cross-checks: a year with approved money; 单位概况, 人员构成, 机关运行经费, the vehicle
 * register and 名词解释 entered; 名词解释 explaining every function 项 and economic 类 the tables use;
 * no "：无。" list for a year with money; and, where the year before has figures to compare with,
 * a reason for every function class new this year and every changed 三公 item. Each finding names
 * what is missing.
 */
@Component
public class TextChecks {

    public static final String NO_BUDGET = "NO_BUDGET";
    public static final String TEXT_MISSING = "TEXT_MISSING";
    public static final String GLOSSARY = "GLOSSARY";
    public static final String PLACEHOLDER = "PLACEHOLDER";
    public static final String REASON = "REASON";

    private static final String[][] SAN_GONG = {{"abroad", YearFigures.ABROAD}, {"reception", YearFigures.RECEPTION},
        {"vehicleRunning", YearFigures.VEHICLE_RUNNING}, {"vehiclePurchase", YearFigures.VEHICLE_PURCHASE}};

    private final Messages m;

    TextChecks(Messages m) {
        this.m = m;
    }

    public List<CheckFinding> run(DisclosureSources s, DisclosureTexts t, List<TextSection> text) {
        List<CheckFinding> findings = new ArrayList<>();
        if (s.now().lines().isEmpty()) {
            findings.add(finding(NO_BUDGET, m.get("disclosure.check.noBudget", String.valueOf(s.now().fiscalYear()))));
        }
        missing(t, findings);
        glossary(s.now(), t, findings);
        placeholders(s.now(), text, findings);
        reasons(s, t, findings);
        s.projects().stream().filter(p -> blank(p.purpose())).forEach(p -> findings.add(finding(TEXT_MISSING,
            m.get("disclosure.check.projectPurpose", p.name()))));
        return findings;
    }

    private void missing(DisclosureTexts t, List<CheckFinding> findings) {
        require(t.duties() != null && !t.duties().isBlank(), "disclosureText.duties", "一", findings);
        require(t.tasks() != null && !t.tasks().isBlank(), "disclosureText.tasks", "一", findings);
        require(!t.sections().isEmpty(), "disclosureText.sections", "一", findings);
        require(t.staffing() != null, "disclosureText.staffing", "一", findings);
        require(t.operatingCosts() != null && !t.operatingCosts().isBlank(), "disclosureText.operatingCosts", "三", findings);
        require(t.vehicles() != null, "disclosureText.vehicles", "三", findings);
        require(!t.glossary().isEmpty(), "disclosureText.glossary", "四", findings);
    }

    private void require(boolean present, String labelKey, String part, List<CheckFinding> findings) {
        if (!present) {
            findings.add(finding(TEXT_MISSING, m.get("disclosure.check.missing", m.get(labelKey), part)));
        }
    }

    /** Every function code and economic class with a line this year has its entry in 名词解释. */
    private void glossary(YearFigures f, DisclosureTexts t, List<CheckFinding> findings) {
        if (t.glossary().isEmpty()) {
            return;
        }
        Set<String> explained = t.glossary().stream().map(GlossaryEntry::code).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, ClassificationCode> used = new TreeMap<>();
        f.lines().forEach(l -> {
            ClassificationCode function = f.functions().get(l.functionCode());
            ClassificationCode economic = f.economicClass(l) == null ? null : f.economics().get(f.economicClass(l));
            if (function != null) {
                used.put(function.getCode(), function);
            }
            if (economic != null) {
                used.put(economic.getCode(), economic);
            }
        });
        used.values().stream().filter(c -> !explained.contains(c.getCode())).forEach(c -> findings.add(
            finding(GLOSSARY, m.get("disclosure.check.glossaryMissing", c.getCode(), c.getName()))));
    }

    /** A list sentence that found nothing to list although the year has money could only be a placeholder. */
    private void placeholders(YearFigures f, List<TextSection> text, List<CheckFinding> findings) {
        if (!f.total().isPositive()) {
            return;
        }
        Set<String> empty = Set.of(m.get("disclosure.text.byFunction", m.get("disclosure.text.noParts")),
            m.get("disclosure.text.byEconomic", m.get("disclosure.text.noParts")));
        for (TextSection section : text) {
            section.paragraphs().stream().filter(empty::contains).distinct().forEach(p -> findings.add(finding(PLACEHOLDER,
                m.get("disclosure.check.placeholder", section.heading(), p, f.total().formatYuan()))));
        }
    }

    private void reasons(DisclosureSources s, DisclosureTexts t, List<CheckFinding> findings) {
        YearFigures now = s.now();
        YearFigures before = s.before();
        if (!BudgetText.comparable(before)) {
            return;
        }
        for (ClassificationCode c : now.codesUsed(l -> true, true).values()) {
            Money amount = now.sum(now.underFunction(c.getCode()));
            if (c.getParentCode() == null && before.sum(before.underFunction(c.getCode())).yuan().signum() == 0
                    && amount.yuan().signum() != 0 && blank(t.functionReasons().get(c.getCode()))) {
                findings.add(new CheckFinding(REASON, amount, m.get("disclosure.check.reasonFunction", c.getCode(), c.getName(),
                    Wan.of(amount))));
            }
        }
        for (String[] item : SAN_GONG) {
            Money amount = now.sum(YearFigures.economic(item[1]));
            Money prior = before.sum(YearFigures.economic(item[1]));
            if (amount.compareTo(prior) != 0 && blank(t.sanGongReasons().get(item[0]))) {
                findings.add(new CheckFinding(REASON, amount.minus(prior), m.get("disclosure.check.reasonSanGong",
                    m.get("disclosure.text.sanGong." + item[0]), Wan.of(prior), Wan.of(amount))));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static CheckFinding finding(String check, String message) {
        return new CheckFinding(check, Money.ZERO, message);
    }
}
