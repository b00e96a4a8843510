package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.ApprovalProxies;
import cn.nanchang.budgetflow.approval.ApprovalProxy;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.Eligible;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.organization.AppUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** 代理设置: name a proxy for the days one is away, and cancel one. */
@Route("proxies")
@Menu(title = "nav.proxies", order = 60)
@RolesAllowed({"SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class ProxyView extends VerticalLayout implements HasDynamicTitle {

    private final ApprovalProxies proxies;
    private final ComboBox<AppUser> proxy;
    private final DatePicker startsOn;
    private final DatePicker endsOn;
    private final TextField reason = new TextField();
    private final Grid<ApprovalProxy> grid = new Grid<>();

    ProxyView(ApprovalProxies proxies) {
        this.proxies = proxies;
        add(new H2(getTranslation("proxy.title")));
        Eligible candidates = proxies.candidateChoice();
        proxy = PersonPicker.single("proxy-user", getTranslation("proxy.proxy"), candidates);
        Map<String, String> names = candidates.people().stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
        // the shared Chinese calendar: a bare DatePicker follows the browser and showed English month names and a Sunday-first week
        startsOn = DatePickers.of("proxy-starts", getTranslation("proxy.startsOn"));
        endsOn = DatePickers.of("proxy-ends", getTranslation("proxy.endsOn"));
        reason.setId("proxy-reason");
        reason.setLabel(getTranslation("proxy.reason"));
        reason.setMaxLength(DocumentOperations.MAX_REASON_LENGTH);
        Button save = new Button(getTranslation("proxy.save"), e -> save());
        save.setId("proxy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(proxy, startsOn, endsOn, reason, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("proxy-grid");
        grid.addColumn(p -> names.getOrDefault(p.getProxy(), p.getProxy())).setHeader(getTranslation("proxy.proxy")).setAutoWidth(true);
        grid.addColumn(p -> p.getStartsOn().toString()).setHeader(getTranslation("proxy.startsOn")).setAutoWidth(true);
        grid.addColumn(p -> p.getEndsOn().toString()).setHeader(getTranslation("proxy.endsOn")).setAutoWidth(true);
        grid.addColumn(ApprovalProxy::getReason).setHeader(getTranslation("proxy.reason")).setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Button cancel = new Button(getTranslation("proxy.cancel"),
                e -> UiActions.run(() -> proxies.cancel(p.getId()), "proxy.cancelled", this::refresh));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return cancel;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(form, grid);
        refresh();
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("proxy", proxy, "startsOn", startsOn, "endsOn", endsOn, "reason", reason);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            UiActions.run(() -> proxies.name(proxy.getValue() == null ? null : proxy.getValue().getUsername(),
                startsOn.getValue(), endsOn.getValue(), reason.getValue()), "proxy.saved", this::refresh);
        } catch (ValidationException e) {
            e.violations().forEach(v -> {
                HasValidation field = fields.getOrDefault(v.field(), reason);
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            });
        }
    }

    private void refresh() {
        grid.setItems(proxies.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.proxies");
    }
}
