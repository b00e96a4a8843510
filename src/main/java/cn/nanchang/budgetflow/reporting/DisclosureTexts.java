package cn.nanchang.budgetflow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's words of the disclosure that are not sums of approved data: 第一部分 单位概况 (主要职责,
 * 主要工作任务, 内设科室, 人员构成), the reasons given for changes (function class 类 code → reason;
 * 三公 item abroad/reception/vehicleRunning/vehiclePurchase → reason), the 机关运行经费 statement,
 * the vehicle register and 第四部分 名词解释. 财务 edits them per year; they are frozen and approved
 * with the disclosure.
 */
public record DisclosureTexts(String duties, String tasks, List<String> sections, Staffing staffing,
        Map<String, String> functionReasons, Map<String, String> sanGongReasons, String operatingCosts, Vehicles vehicles,
        List<GlossaryEntry> glossary) {

    public static final List<String> SAN_GONG_ITEMS = List.of("abroad", "reception", "vehicleRunning", "vehiclePurchase");

    public DisclosureTexts {
        sections = sections == null ? List.of() : List.copyOf(sections);
        functionReasons = functionReasons == null ? Map.of() : Map.copyOf(functionReasons);
        sanGongReasons = sanGongReasons == null ? Map.of() : Map.copyOf(sanGongReasons);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
    }

    /** Nothing entered yet. */
    public static DisclosureTexts none() {
        return new DisclosureTexts(null, null, List.of(), null, Map.of(), Map.of(), null, null, List.of());
    }

    /** Last year's texts as the start of a new year: the reasons explained last year's changes and are left out. */
    public DisclosureTexts startOfNextYear() {
        return new DisclosureTexts(duties, tasks, sections, staffing, Map.of(), Map.of(), operatingCosts, vehicles, glossary);
    }

    /** 人员构成: 编制人数, 实有人数 = 在职 + 退休. */
    public record Staffing(Integer authorized, Integer actual, Integer inService, Integer retired) {
    }

    /** The vehicle register's count on {@code asOf}, and the vehicles the year's budget buys. */
    public record Vehicles(LocalDate asOf, Integer total, Integer official, Integer lawEnforcement, Integer toPurchase) {
    }

    /**
     * One entry of 名词解释 under its group (INCOME 收入科目, EXPENDITURE 支出科目, TERM 相关专业名词);
     * {@code code} is the function or economic class it explains, if any.
     */
    public record GlossaryEntry(GlossaryGroup group, String code, String term, String explanation) {
    }

    public enum GlossaryGroup {
        INCOME, EXPENDITURE, TERM
    }
}
