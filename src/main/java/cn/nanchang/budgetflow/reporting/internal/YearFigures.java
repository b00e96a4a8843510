package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The approved budget lines of one year with the catalogues to place them: every figure of the
 * disclosure is a sum over these lines, taken in yuan. All approved lines count as 一般公共预算
 * 财政拨款: the center is fully funded (全额拨款) and a line carries no other source of funds.
 */
public record YearFigures(int fiscalYear, List<ApprovedBudgetLine> lines, Map<String, ClassificationCode> functions,
        Map<String, ClassificationCode> economics) {

    /** The economic codes whose lines are "三公" spending, in the order of table 七's columns. */
    public static final String ABROAD = "30212";
    public static final String VEHICLE_PURCHASE = "31013";
    public static final String VEHICLE_RUNNING = "30231";
    public static final String RECEPTION = "30217";
    public static final Set<String> SAN_GONG = Set.of(ABROAD, VEHICLE_PURCHASE, VEHICLE_RUNNING, RECEPTION);

    public Money total() {
        return sum(l -> true);
    }

    public Money sum(Predicate<ApprovedBudgetLine> which) {
        return lines.stream().filter(which).map(ApprovedBudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public static Predicate<ApprovedBudgetLine> basic() {
        return l -> l.kind() != ExpenditureKind.PROJECT;
    }

    public static Predicate<ApprovedBudgetLine> project() {
        return l -> l.kind() == ExpenditureKind.PROJECT;
    }

    public static Predicate<ApprovedBudgetLine> kind(ExpenditureKind kind) {
        return l -> l.kind() == kind;
    }

    public static Predicate<ApprovedBudgetLine> economic(String code) {
        return l -> l.economicCode().equals(code);
    }

    /** Lines whose function code lies under {@code code} (a 类, 款 or 项). */
    public Predicate<ApprovedBudgetLine> underFunction(String code) {
        return l -> under(l.functionCode(), code, functions);
    }

    /** Lines whose economic code lies under {@code code} (a 类 or 款). */
    public Predicate<ApprovedBudgetLine> underEconomic(String code) {
        return l -> under(l.economicCode(), code, economics);
    }

    /** The 类 of a line's function code, or null when the catalogue does not know the code. */
    public String functionClass(ApprovedBudgetLine line) {
        return classOf(line.functionCode(), functions);
    }

    public String economicClass(ApprovedBudgetLine line) {
        return classOf(line.economicCode(), economics);
    }

    /**
     * The codes that the lines matching {@code which} use, with all their ancestors, in code
     * order: the rows of a table detailed to 项 (functions) or 款 (economic codes).
     */
    public TreeMap<String, ClassificationCode> codesUsed(Predicate<ApprovedBudgetLine> which, boolean function) {
        Map<String, ClassificationCode> index = function ? functions : economics;
        TreeMap<String, ClassificationCode> used = new TreeMap<>();
        lines.stream().filter(which).forEach(l -> {
            ClassificationCode c = index.get(function ? l.functionCode() : l.economicCode());
            while (c != null) {
                used.put(c.getCode(), c);
                c = c.getParentCode() == null ? null : index.get(c.getParentCode());
            }
        });
        return used;
    }

    /**
     * The line's function (or economic) code and all its ancestors, the line's own first: exactly the
     * codes {@link #underFunction}/{@link #underEconomic} find it under; none when the catalogue does not know the code.
     */
    public List<String> codeAndAncestors(ApprovedBudgetLine line, boolean function) {
        Map<String, ClassificationCode> index = function ? functions : economics;
        List<String> codes = new java.util.ArrayList<>(4);
        ClassificationCode c = index.get(function ? line.functionCode() : line.economicCode());
        while (c != null) {
            codes.add(c.getCode());
            c = c.getParentCode() == null ? null : index.get(c.getParentCode());
        }
        return codes;
    }

    private static boolean under(String code, String ancestor, Map<String, ClassificationCode> index) {
        ClassificationCode c = index.get(code);
        while (c != null) {
            if (c.getCode().equals(ancestor)) {
                return true;
            }
            c = c.getParentCode() == null ? null : index.get(c.getParentCode());
        }
        return false;
    }

    private static String classOf(String code, Map<String, ClassificationCode> index) {
        ClassificationCode top = ClassificationCatalogue.classOf(code, index);
        return top == null ? null : top.getCode();
    }
}
