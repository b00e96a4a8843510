package cn.nanchang.budgetflow.execution.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.execution.Progress;
import cn.nanchang.budgetflow.execution.ProgressRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The progress drawn by the budget year's chart component (frontend/components/budget-chart.ts),
 * which draws bars of 万元 for "versions": here the quota, what 序时进度 says should be spent by now
 * (quota × months elapsed ÷ 12) and what is spent — grouped by section (a section whose 已支出 bar
 * stays below its 序时 bar is behind) and stacked by kind. The component has no line series, so
 * 序时进度 is drawn as the amount it stands for rather than as a percentage line.
 */
@Tag("budget-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/budget-chart.ts")
class ProgressChart extends Component implements HasSize {

    private static final List<String> VERSIONS = List.of("QUOTA", "SCHEDULE", "USED");

    ProgressChart(Progress progress) {
        setId("execution-chart");
        JsonObject data = Json.createObject();
        JsonArray versions = Json.createArray();
        if (progress.total().quota().isPositive()) {
            for (String key : VERSIONS) {
                JsonObject v = Json.createObject();
                v.put("key", key);
                v.put("label", getTranslation("execution.chart." + key.toLowerCase()));
                versions.set(versions.length(), v);
            }
        }
        data.put("versions", versions);
        data.put("bySection", totals(progress, progress.bySection(), ProgressRow::sectionName));
        data.put("byKind", totals(progress, progress.byKind(), r -> getTranslation(r.kind().labelKey())));
        JsonObject labels = Json.createObject();
        labels.put("bySection", getTranslation("execution.chart.bySection"));
        labels.put("byKind", getTranslation("execution.chart.byKind"));
        labels.put("unit", getTranslation("years.wan"));
        labels.put("empty", getTranslation("execution.chart.empty"));
        data.put("labels", labels);
        getElement().setPropertyJson("data", data);
        setWidthFull();
    }

    private static JsonArray totals(Progress progress, List<ProgressRow> rows, Function<ProgressRow, String> label) {
        JsonArray array = Json.createArray();
        for (ProgressRow row : rows) {
            JsonObject t = Json.createObject();
            t.put("key", label.apply(row));
            t.put("label", label.apply(row));
            JsonObject amounts = Json.createObject();
            amounts.put("QUOTA", row.quota().wanYuan().doubleValue());
            amounts.put("SCHEDULE", bySchedule(row.quota(), progress.monthsElapsed()).wanYuan().doubleValue());
            amounts.put("USED", row.used().wanYuan().doubleValue());
            t.put("amounts", amounts);
            array.set(array.length(), t);
        }
        return array;
    }

    /** What 序时进度 says should be spent by now: the quota × months elapsed ÷ 12, in yuan. */
    static Money bySchedule(Money quota, int monthsElapsed) {
        return new Money(quota.yuan().multiply(BigDecimal.valueOf(monthsElapsed)).divide(BigDecimal.valueOf(12), 2,
            RoundingMode.HALF_UP));
    }
}
