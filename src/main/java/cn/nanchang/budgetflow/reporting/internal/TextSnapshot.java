package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import org.springframework.stereotype.Component;

/**
 * A year's texts as the field-level audit compares them: each text and count under its Chinese
 * label, and the 内设科室, the reasons and 名词解释 as tables of lines.
 */
@Component
public class TextSnapshot {

    private final Messages m;

    TextSnapshot(Messages m) {
        this.m = m;
    }

    public DocumentSnapshot of(DisclosureTexts t) {
        if (t == null) {
            return DocumentSnapshot.empty();
        }
        DocumentSnapshot s = DocumentSnapshot.of()
            .field(m.get("disclosureText.duties"), t.duties())
            .field(m.get("disclosureText.tasks"), t.tasks());
        var st = t.staffing();
        s.field(m.get("disclosureText.staffing.authorized"), st == null ? null : st.authorized())
            .field(m.get("disclosureText.staffing.actual"), st == null ? null : st.actual())
            .field(m.get("disclosureText.staffing.inService"), st == null ? null : st.inService())
            .field(m.get("disclosureText.staffing.retired"), st == null ? null : st.retired())
            .field(m.get("disclosureText.operatingCosts"), t.operatingCosts());
        var v = t.vehicles();
        s.field(m.get("disclosureText.vehicles.asOf"), v == null ? null : v.asOf())
            .field(m.get("disclosureText.vehicles.total"), v == null ? null : v.total())
            .field(m.get("disclosureText.vehicles.official"), v == null ? null : v.official())
            .field(m.get("disclosureText.vehicles.lawEnforcement"), v == null ? null : v.lawEnforcement())
            .field(m.get("disclosureText.vehicles.toPurchase"), v == null ? null : v.toPurchase());
        String sections = m.get("disclosureText.sections");
        s.table(sections);
        t.sections().forEach(name -> s.row(sections, DocumentSnapshot.line().put(m.get("disclosureText.section"), name)));
        String reasons = m.get("disclosureText.reasons");
        s.table(reasons);
        new java.util.TreeMap<>(t.functionReasons()).forEach((code, text) -> s.row(reasons, DocumentSnapshot.line()
            .put(m.get("disclosureText.reason.item"), code).put(m.get("disclosureText.reason"), text)));
        DisclosureTexts.SAN_GONG_ITEMS.stream().filter(t.sanGongReasons()::containsKey).forEach(item -> s.row(reasons,
            DocumentSnapshot.line().put(m.get("disclosureText.reason.item"), m.get("disclosure.text.sanGong." + item))
                .put(m.get("disclosureText.reason"), t.sanGongReasons().get(item))));
        String glossary = m.get("disclosureText.glossary");
        s.table(glossary);
        t.glossary().forEach(e -> s.row(glossary, DocumentSnapshot.line()
            .put(m.get("disclosureText.glossary.group"), m.get("disclosureText.group." + e.group().name()))
            .put(m.get("disclosureText.glossary.code"), e.code())
            .put(m.get("disclosureText.glossary.term"), e.term())
            .put(m.get("disclosureText.glossary.explanation"), e.explanation())));
        return s;
    }
}
