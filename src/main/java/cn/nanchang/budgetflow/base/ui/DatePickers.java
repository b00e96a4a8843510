package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * Date pickers as a Chinese office reads them: 一月…十二月, the week from Monday, 今天/取消, and
 * dates written yyyy-MM-dd as on the bureau's documents. The browser's locale would give a
 * month-day order and a Sunday-first week to anyone whose browser is not set to Chinese. Every
 * date field of the application is one of these.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker of(String id, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setI18n(chinese(picker));
        return picker;
    }

    /** For a picker made elsewhere: {@code picker.setI18n(DatePickers.chinese(picker))}. */
    public static DatePicker.DatePickerI18n chinese(Component host) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(host, "datePicker.months"));
        i18n.setWeekdays(list(host, "datePicker.weekdays"));
        i18n.setWeekdaysShort(list(host, "datePicker.weekdaysShort"));
        // 0 is Sunday in the component's counting
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(host.getTranslation("datePicker.today"));
        i18n.setCancel(host.getTranslation("datePicker.cancel"));
        // shown as on the bureau's documents; typed also as a Chinese browser writes a date (2026/12/15)
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d");
        return i18n;
    }

    private static List<String> list(Component host, String key) {
        return Arrays.stream(host.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
