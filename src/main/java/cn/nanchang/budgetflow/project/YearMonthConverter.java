package cn.nanchang.budgetflow.project;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/** Stores a year-month as 'YYYY-MM', which sorts and reads the same on H2 and MySQL. */
@Converter
class YearMonthConverter implements AttributeConverter<YearMonth, String> {

    @Override
    public String convertToDatabaseColumn(YearMonth month) {
        return month == null ? null : month.toString();
    }

    @Override
    public YearMonth convertToEntityAttribute(String text) {
        return text == null ? null : YearMonth.parse(text);
    }
}
