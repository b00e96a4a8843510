package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an auditor searches documents by; null means any. {@code person} is a username or part of
 * a display name and matches the drafter and everyone recorded acting on the document.
 * {@code createdFrom}/{@code createdTo} bound the day the document was created (Beijing time, both
 * inclusive); {@code minYuan}/{@code maxYuan} bound its total in yuan (both inclusive).
 */
public record AuditSearchFilter(DocumentType type, Integer fiscalYear, String sectionCode, DocumentStatus status,
        String person, LocalDate createdFrom, LocalDate createdTo, BigDecimal minYuan, BigDecimal maxYuan) {

    public static AuditSearchFilter any() {
        return new AuditSearchFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The conditions in words, for the audit record of an export. */
    String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "类型", type);
        append(out, "年度", fiscalYear);
        append(out, "科室", sectionCode);
        append(out, "状态", status);
        append(out, "人员", person == null || person.isBlank() ? null : person.strip());
        append(out, "创建日期起", createdFrom);
        append(out, "创建日期止", createdTo);
        append(out, "金额下限（元）", minYuan == null ? null : minYuan.toPlainString());
        append(out, "金额上限（元）", maxYuan == null ? null : maxYuan.toPlainString());
        return out.isEmpty() ? "全部" : out.toString();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "；").append(name).append('=').append(value);
        }
    }
}
