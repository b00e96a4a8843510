package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.VersionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * The comparison as charts drawn in the browser by Apache ECharts (frontend/components/
 * budget-chart.ts): the sections' totals in each version as grouped bars, and each version's
 * split by kind as stacked bars. The figures go over as JSON in 万元 (the service's totals,
 * rounded once for display); the texts come from the message bundle.
 */
@Tag("budget-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/budget-chart.ts")
public class BudgetChart extends Component implements HasSize {

    BudgetChart(Comparison comparison) {
        setId("comparison-chart");
        JsonObject data = Json.createObject();
        JsonArray versions = Json.createArray();
        for (VersionKind version : comparison.versions()) {
            JsonObject v = Json.createObject();
            v.put("key", version.name());
            v.put("label", getTranslation(version.labelKey()));
            versions.set(versions.length(), v);
        }
        data.put("versions", versions);
        data.put("bySection", totals(comparison.bySection(), comparison.versions()));
        data.put("byKind", totals(comparison.byKind(), comparison.versions()));
        JsonObject labels = Json.createObject();
        labels.put("bySection", getTranslation("years.chart.bySection"));
        labels.put("byKind", getTranslation("years.chart.byKind"));
        labels.put("unit", getTranslation("years.wan"));
        labels.put("empty", getTranslation("years.chart.empty"));
        data.put("labels", labels);
        getElement().setPropertyJson("data", data);
        setWidthFull();
    }

    private static JsonArray totals(List<Comparison.Total> totals, List<VersionKind> versions) {
        JsonArray array = Json.createArray();
        for (Comparison.Total total : totals) {
            JsonObject t = Json.createObject();
            t.put("key", total.key());
            t.put("label", total.label());
            JsonObject amounts = Json.createObject();
            for (VersionKind version : versions) {
                Money amount = total.amounts().get(version);
                if (amount != null) {
                    amounts.put(version.name(), amount.wanYuan().doubleValue());
                }
            }
            t.put("amounts", amounts);
            array.set(array.length(), t);
        }
        return array;
    }
}
