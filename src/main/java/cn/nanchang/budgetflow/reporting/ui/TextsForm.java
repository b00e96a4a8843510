package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.Staffing;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.Vehicles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields of a year's disclosure texts: 单位概况 (one 科室 a line), 人员构成, 机关运行经费, vehicles,
 * reasons (one function class a line as "201：原因", one field per 三公 item) and 名词解释. Marks
 * each violation at the field it names; the service decides what is valid.
 */
class TextsForm extends Div {

    private final TextArea duties = area("duties", "disclosureText.duties");
    private final TextArea tasks = area("tasks", "disclosureText.tasks");
    private final TextArea sections = area("sections", "disclosureText.page.sections");
    private final Map<String, IntegerField> counts = new LinkedHashMap<>();
    private final TextField operatingCosts = new TextField(getTranslation("disclosureText.operatingCosts"));
    private final DatePicker asOf = DatePickers.of("texts-vehicles-asOf", getTranslation("disclosureText.vehicles.asOf"));
    private final TextArea functionReasons = area("functionReasons", "disclosureText.page.functionReasons");
    private final Map<String, TextField> sanGong = new LinkedHashMap<>();
    private final GlossaryEditor glossary = new GlossaryEditor();

    TextsForm() {
        for (String key : List.of("staffing.authorized", "staffing.actual", "staffing.inService", "staffing.retired",
                "vehicles.total", "vehicles.official", "vehicles.lawEnforcement", "vehicles.toPurchase")) {
            IntegerField f = new IntegerField(getTranslation("disclosureText." + key));
            f.setId("texts-" + key.replace('.', '-'));
            f.setMin(0);
            counts.put(key, f);
        }
        DisclosureTexts.SAN_GONG_ITEMS.forEach(item -> {
            TextField f = new TextField(getTranslation("disclosure.text.sanGong." + item));
            f.setId("texts-sanGong-" + item);
            sanGong.put(item, f);
        });
        operatingCosts.setId("texts-operatingCosts");
        FormLayout staffing = new FormLayout();
        counts.entrySet().stream().filter(e -> e.getKey().startsWith("staffing")).forEach(e -> staffing.add(e.getValue()));
        FormLayout vehicles = new FormLayout(asOf);
        counts.entrySet().stream().filter(e -> e.getKey().startsWith("vehicles")).forEach(e -> vehicles.add(e.getValue()));
        FormLayout reasons = new FormLayout(functionReasons);
        sanGong.values().forEach(reasons::add);
        add(new H3(getTranslation("disclosureText.page.partOne")), duties, tasks, sections,
            new H3(getTranslation("disclosureText.staffing")), staffing,
            new H3(getTranslation("disclosureText.page.partThree")), operatingCosts, vehicles,
            new H3(getTranslation("disclosureText.reasons")), reasons, glossary);
    }

    void setValue(DisclosureTexts t) {
        duties.setValue(text(t.duties()));
        tasks.setValue(text(t.tasks()));
        sections.setValue(String.join("\n", t.sections()));
        Staffing s = t.staffing();
        counts.get("staffing.authorized").setValue(s == null ? null : s.authorized());
        counts.get("staffing.actual").setValue(s == null ? null : s.actual());
        counts.get("staffing.inService").setValue(s == null ? null : s.inService());
        counts.get("staffing.retired").setValue(s == null ? null : s.retired());
        operatingCosts.setValue(text(t.operatingCosts()));
        Vehicles v = t.vehicles();
        asOf.setValue(v == null ? null : v.asOf());
        counts.get("vehicles.total").setValue(v == null ? null : v.total());
        counts.get("vehicles.official").setValue(v == null ? null : v.official());
        counts.get("vehicles.lawEnforcement").setValue(v == null ? null : v.lawEnforcement());
        counts.get("vehicles.toPurchase").setValue(v == null ? null : v.toPurchase());
        functionReasons.setValue(new java.util.TreeMap<>(t.functionReasons()).entrySet().stream()
            .map(e -> e.getKey() + "：" + e.getValue()).collect(Collectors.joining("\n")));
        sanGong.forEach((item, f) -> f.setValue(text(t.sanGongReasons().get(item))));
        glossary.setValue(t.glossary());
    }

    /** The texts as entered; 人员构成 and vehicles are left out while all their fields are empty. */
    DisclosureTexts getValue() {
        Staffing staffing = allEmpty("staffing") ? null : new Staffing(count("staffing.authorized"), count("staffing.actual"),
            count("staffing.inService"), count("staffing.retired"));
        Vehicles vehicles = allEmpty("vehicles") && asOf.isEmpty() ? null : new Vehicles(asOf.getValue(), count("vehicles.total"),
            count("vehicles.official"), count("vehicles.lawEnforcement"), count("vehicles.toPurchase"));
        Map<String, String> reasons = new LinkedHashMap<>();
        functionReasons.getValue().lines().filter(l -> !l.isBlank()).forEach(l -> {
            String[] parts = l.split("[：:]", 2);
            reasons.put(parts[0].strip(), parts.length > 1 ? parts[1] : "");
        });
        Map<String, String> sanGongReasons = new LinkedHashMap<>();
        sanGong.forEach((item, f) -> sanGongReasons.put(item, f.getValue()));
        return new DisclosureTexts(duties.getValue(), tasks.getValue(),
            Arrays.stream(sections.getValue().split("\n")).filter(l -> !l.isBlank()).toList(), staffing, reasons, sanGongReasons,
            operatingCosts.getValue(), vehicles, glossary.getValue());
    }

    /** Shows each violation at its field; returns those that name no field of this form. */
    List<FieldViolation> mark(List<FieldViolation> violations) {
        return violations.stream().filter(v -> !markOne(v)).toList();
    }

    private boolean markOne(FieldViolation v) {
        String f = v.field();
        HasValidation target = counts.containsKey(f) ? counts.get(f)
            : f.equals("duties") ? duties : f.equals("tasks") ? tasks : f.startsWith("sections") ? sections
            : f.equals("operatingCosts") ? operatingCosts : f.equals("vehicles.asOf") ? asOf
            : f.startsWith("functionReasons") ? functionReasons
            : f.startsWith("sanGongReasons.") ? sanGong.get(f.substring("sanGongReasons.".length())) : null;
        if (target == null) {
            return glossary.mark(f, v.message());
        }
        target.setInvalid(true);
        target.setErrorMessage(v.message());
        return true;
    }

    private boolean allEmpty(String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).allMatch(e -> e.getValue().isEmpty());
    }

    private Integer count(String key) {
        return counts.get(key).getValue();
    }

    private TextArea area(String id, String labelKey) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setId("texts-" + id);
        a.setWidthFull();
        return a;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
