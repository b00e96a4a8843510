package cn.nanchang.budgetflow.reporting.internal;

import static cn.nanchang.budgetflow.base.InputChecks.optionalText;
import static cn.nanchang.budgetflow.base.InputChecks.requiredText;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryEntry;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.Staffing;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.Vehicles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What 财务 may store as a year's texts: bounded lengths, no control characters, counts that are
 * not negative and add up (实有 = 在职 + 退休; 公务用车 + 执法执勤用车 ≤ 车辆总数), reasons keyed by a
 * function class or a 三公 item, and 名词解释 entries with their group, term and explanation, each
 * class explained once. Any problem refuses the whole edit, each named by its field.
 */
@Component
public class TextRules {

    static final int MAX_LONG = 4000;
    static final int MAX_SHORT = 500;
    static final int MAX_EXPLANATION = 2000;
    static final int MAX_NAME = 100;
    static final int MAX_ENTRIES = 200;
    static final int MAX_COUNT = 100_000;
    private static final Pattern CLASS = Pattern.compile("\\d{3}");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    private final Messages m;

    TextRules(Messages m) {
        this.m = m;
    }

    /** The texts stripped and checked; throws with every problem found. */
    public DisclosureTexts checked(DisclosureTexts in) {
        if (in == null) {
            throw ValidationException.of("texts", m.get("disclosureText.error.missing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        String duties = optionalText(in.duties(), "duties", m.get("disclosureText.duties"), MAX_LONG, problems);
        String tasks = optionalText(in.tasks(), "tasks", m.get("disclosureText.tasks"), MAX_LONG, problems);
        List<String> sections = sections(in.sections(), problems);
        Staffing staffing = staffing(in.staffing(), problems);
        Map<String, String> functionReasons = reasons(in.functionReasons(), "functionReasons", problems, true);
        Map<String, String> sanGongReasons = reasons(in.sanGongReasons(), "sanGongReasons", problems, false);
        String operating = optionalText(in.operatingCosts(), "operatingCosts", m.get("disclosureText.operatingCosts"), MAX_SHORT, problems);
        Vehicles vehicles = vehicles(in.vehicles(), problems);
        List<GlossaryEntry> glossary = glossary(in.glossary(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DisclosureTexts(duties, tasks, sections, staffing, functionReasons, sanGongReasons, operating, vehicles, glossary);
    }

    private List<String> sections(List<String> in, List<FieldViolation> problems) {
        List<String> out = new ArrayList<>();
        if (in.size() > MAX_NAME) {
            problems.add(new FieldViolation("sections", m.get("disclosureText.error.tooMany", m.get("disclosureText.sections"), MAX_NAME)));
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            String name = requiredText(in.get(i), "sections[" + i + "]", m.get("disclosureText.section"), MAX_NAME, problems);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private Staffing staffing(Staffing s, List<FieldViolation> problems) {
        if (s == null) {
            return null;
        }
        int before = problems.size();
        count(s.authorized(), "staffing.authorized", "disclosureText.staffing.authorized", problems);
        count(s.actual(), "staffing.actual", "disclosureText.staffing.actual", problems);
        count(s.inService(), "staffing.inService", "disclosureText.staffing.inService", problems);
        count(s.retired(), "staffing.retired", "disclosureText.staffing.retired", problems);
        if (problems.size() == before && s.actual() != s.inService() + s.retired()) {
            problems.add(new FieldViolation("staffing.actual", m.get("disclosureText.error.actualSum", s.actual(), s.inService(), s.retired())));
        }
        return s;
    }

    private void count(Integer value, String field, String labelKey, List<FieldViolation> problems) {
        if (value == null) {
            problems.add(new FieldViolation(field, m.get("input.required", m.get(labelKey))));
        } else if (value < 0 || value > MAX_COUNT) {
            problems.add(new FieldViolation(field, m.get("disclosureText.error.count", m.get(labelKey), MAX_COUNT)));
        }
    }

    private Map<String, String> reasons(Map<String, String> in, String field, List<FieldViolation> problems, boolean function) {
        Map<String, String> out = new LinkedHashMap<>();
        in.forEach((key, text) -> {
            boolean known = function ? key != null && CLASS.matcher(key).matches() : DisclosureTexts.SAN_GONG_ITEMS.contains(key);
            if (!known) {
                problems.add(new FieldViolation(field + "." + key, m.get(function ? "disclosureText.error.functionClass"
                    : "disclosureText.error.sanGongItem", String.valueOf(key))));
                return;
            }
            String reason = optionalText(text, field + "." + key, m.get("disclosureText.reason"), MAX_SHORT, problems);
            if (reason != null) {
                out.put(key, reason);
            }
        });
        return out;
    }

    private Vehicles vehicles(Vehicles v, List<FieldViolation> problems) {
        if (v == null) {
            return null;
        }
        int before = problems.size();
        if (v.asOf() == null) {
            problems.add(new FieldViolation("vehicles.asOf", m.get("input.required", m.get("disclosureText.vehicles.asOf"))));
        }
        count(v.total(), "vehicles.total", "disclosureText.vehicles.total", problems);
        count(v.official(), "vehicles.official", "disclosureText.vehicles.official", problems);
        count(v.lawEnforcement(), "vehicles.lawEnforcement", "disclosureText.vehicles.lawEnforcement", problems);
        count(v.toPurchase(), "vehicles.toPurchase", "disclosureText.vehicles.toPurchase", problems);
        if (problems.size() == before && v.official() + v.lawEnforcement() > v.total()) {
            problems.add(new FieldViolation("vehicles.total", m.get("disclosureText.error.vehicleSum")));
        }
        return v;
    }

    private List<GlossaryEntry> glossary(List<GlossaryEntry> in, List<FieldViolation> problems) {
        List<GlossaryEntry> out = new ArrayList<>();
        if (in.size() > MAX_ENTRIES) {
            problems.add(new FieldViolation("glossary", m.get("disclosureText.error.tooMany", m.get("disclosureText.glossary"), MAX_ENTRIES)));
            return out;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            GlossaryEntry e = in.get(i);
            String at = "glossary[" + i + "]";
            if (e == null || e.group() == null) {
                problems.add(new FieldViolation(at + ".group", m.get("input.required", m.get("disclosureText.glossary.group"))));
                continue;
            }
            String code = optionalText(e.code(), at + ".code", m.get("disclosureText.glossary.code"), 7, problems);
            if (code != null && !CODE.matcher(code).matches()) {
                problems.add(new FieldViolation(at + ".code", m.get("disclosureText.error.code", code)));
            } else if (code != null && !codes.add(code)) {
                problems.add(new FieldViolation(at + ".code", m.get("disclosureText.error.duplicateCode", code)));
            }
            String term = requiredText(e.term(), at + ".term", m.get("disclosureText.glossary.term"), MAX_NAME * 2, problems);
            String text = requiredText(e.explanation(), at + ".explanation", m.get("disclosureText.glossary.explanation"),
                MAX_EXPLANATION, problems);
            out.add(new GlossaryEntry(e.group(), code, term, text));
        }
        return out;
    }
}
