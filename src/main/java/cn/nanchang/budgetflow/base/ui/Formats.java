package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How money and time are shown: 万元 with two decimals, and Beijing time to the minute. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Formats() {
    }

    public static String wan(Money money) {
        return money == null ? "" : money.formatWanYuan();
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
