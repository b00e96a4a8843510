package cn.nanchang.budgetflow.budgetyear.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * Date pickers as a Chinese office reads them: 一月…十二月, the week from Monday, 今天/取消, and
 * dates written yyyy-MM-dd as on the bureau's documents. The browser's locale would give a
 * month-day order and a Sunday-first week to anyone whose browser is not set to Chinese.
 */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker of(String id, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setI18n(chinese(picker));
        return picker;
    }

    static DatePicker.DatePickerI18n chinese(Component host) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(host, "years.datePicker.months"));
        i18n.setWeekdays(list(host, "years.datePicker.weekdays"));
        i18n.setWeekdaysShort(list(host, "years.datePicker.weekdaysShort"));
        // 0 is Sunday in the component's counting
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(host.getTranslation("years.datePicker.today"));
        i18n.setCancel(host.getTranslation("years.datePicker.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }

    private static List<String> list(Component host, String key) {
        return Arrays.stream(host.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
