package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the raw fields of one item, adding a Chinese message per bad field under the item's path. */
final class ItemFields {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    private final String path;
    private final List<FieldViolation> problems;

    ItemFields(String path, List<FieldViolation> problems) {
        this.path = path;
        this.problems = problems;
    }

    void problem(String field, String message) {
        problems.add(new FieldViolation(path + "." + field, message));
    }

    <T> T required(T value, String field, String message) {
        if (value == null) {
            problem(field, message);
        }
        return value;
    }

    <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label, String allowed) {
        if (value == null || value.isBlank()) {
            problem(field, "请选择" + label);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problem(field, label + "无效，应为 " + allowed);
            return null;
        }
    }

    /** Stripped text, or null when blank; a blank required field and an overlong one are problems. */
    String text(String value, String field, String label, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, "请填写" + label);
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            problem(field, label + "不能超过" + maxLength + "个字");
            return null;
        }
        if (InputChecks.hasControlCharacters(stripped)) {
            problem(field, InputChecks.controlCharacterMessage(label));
            return null;
        }
        return stripped;
    }

    BigDecimal quantity(String text) {
        BigDecimal value = number(text, "quantity", "数量", "如 10 或 2.5");
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            problem("quantity", "数量必须大于0");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem("quantity", "数量最多保留两位小数");
        } else if (value.compareTo(MAX_QUANTITY) > 0) {
            problem("quantity", "数量过大");
        } else {
            return value.setScale(2);
        }
        return null;
    }

    Money amount(String text, Money max) {
        BigDecimal value = number(text, "amount", "金额", "如 150000.00");
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            problem("amount", "金额必须大于0");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem("amount", "金额最多保留两位小数（单位：元）");
        } else if (value.compareTo(max.yuan()) > 0) {
            problem("amount", "单个项目金额不能超过" + max.formatYuan() + "元");
        } else {
            return new Money(value.setScale(2));
        }
        return null;
    }

    /** The month procurement is expected to start, which must lie in the plan's fiscal year (when that is known). */
    YearMonth startMonth(String text, Integer fiscalYear) {
        if (text == null || text.isBlank()) {
            problem("startMonth", "请选择预计启动时间（年月）");
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip(), MONTH);
        } catch (DateTimeParseException e) {
            problem("startMonth", "预计启动时间格式应为“年-月”，如 2024-03");
            return null;
        }
        if (fiscalYear != null && month.getYear() != fiscalYear) {
            problem("startMonth", "预计启动时间须在" + fiscalYear + "年度内");
            return null;
        }
        return month;
    }

    private BigDecimal number(String text, String field, String label, String example) {
        if (text == null || text.isBlank()) {
            problem(field, "请填写" + label);
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problem(field, label + "格式不正确，应为数字，" + example);
            return null;
        }
    }
}
