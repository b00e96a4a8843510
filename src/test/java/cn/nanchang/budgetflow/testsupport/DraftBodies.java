package cn.nanchang.budgetflow.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of the drafts endpoint, mutable so that a test can remove or spoil any field. */
public final class DraftBodies {

    private DraftBodies() {
    }

    /** A line that passes every rule: 事业运行 / 办公费, basic public expenditure. */
    public static Map<String, Object> officeSupplies() {
        return line("2010350", "30201", "BASIC_PUBLIC", "12345.67", "办公用品");
    }

    public static Map<String, Object> line(String functionCode, String economicCode, String kind, String amount, String note) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", functionCode);
        line.put("economicCode", economicCode);
        line.put("kind", kind);
        line.put("amount", amount);
        line.put("note", note);
        return line;
    }

    /** A mutable request body, so that a test can remove or replace any field. */
    public static Map<String, Object> draftBody(Object fiscalYear, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        List<Map<String, Object>> copies = new ArrayList<>();
        lines.forEach(l -> copies.add(new LinkedHashMap<>(l)));
        body.put("lines", copies);
        return body;
    }
}
