package cn.nanchang.budgetflow.policy.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.policy.PolicyThreshold;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 审批阈值: the administrator changes the unit's thresholds; the routing table reads them at the next decision. */
@Route("thresholds")
@Menu(title = "nav.thresholds", order = 80)
@RolesAllowed("ADMIN")
class ThresholdsView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyThresholds thresholds;
    private final Grid<PolicyThreshold> grid = new Grid<>();

    ThresholdsView(PolicyThresholds thresholds) {
        this.thresholds = thresholds;
        add(new H2(getTranslation("thresholds.title")));
        grid.setId("thresholds-grid");
        grid.addColumn(PolicyThreshold::getLabel).setHeader(getTranslation("thresholds.label")).setAutoWidth(true);
        // the rows mix amounts and percentages: each value carries its own unit, the header none
        grid.addColumn(t -> ThresholdKey.percent(t.getKey()) ? t.getAmount() + " %" : getTranslation("thresholds.wanValue",
            Formats.wan(t.getAmount()))).setHeader(getTranslation("thresholds.current"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::editor).setHeader(getTranslation("thresholds.amount")).setAutoWidth(true);
        // the basis is the reason a threshold is what it is: shown whole, wrapped, never cut off
        grid.addColumn(PolicyThreshold::getBasis).setHeader(getTranslation("thresholds.basis")).setFlexGrow(1)
            .setWidth("22em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> t.getUpdatedBy() == null ? "" : t.getUpdatedBy() + " " + Formats.time(t.getUpdatedAt()))
            .setHeader(getTranslation("thresholds.updated")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private HorizontalLayout editor(PolicyThreshold threshold) {
        AmountField amount = ThresholdKey.percent(threshold.getKey()) ? AmountField.percent(null) : new AmountField(null);
        amount.setValue(threshold.getAmount().toString());
        amount.addClassName("threshold-amount");
        amount.getElement().setAttribute("data-key", threshold.getKey());
        Button save = new Button(getTranslation("thresholds.edit"), e -> {
            try {
                thresholds.change(threshold.getKey(), amount.getValue());
                Notification.show(getTranslation("thresholds.saved"), 4000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ValidationException ex) {
                amount.setErrorMessage(ex.violations().get(0).message());
                amount.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(amount, save);
    }

    private void refresh() {
        grid.setItems(thresholds.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.thresholds");
    }
}
