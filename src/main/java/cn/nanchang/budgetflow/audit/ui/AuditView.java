package cn.nanchang.budgetflow.audit.ui;

import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 审计链校验: one click proves that no one has altered, removed or cut off the audit record. */
@Route("audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed({"AUDITOR", "ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditVerifier verifier) {
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.explain")));
        Div result = new Div();
        result.setId("audit-verify-result");
        Button verify = new Button(getTranslation("audit.verify"), e -> show(result, verifier.verify()));
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(verify, result);
    }

    private void show(Div result, ChainVerification v) {
        result.setText(v.message());
        result.getElement().setAttribute("data-intact", String.valueOf(v.intact()));
        result.getElement().getThemeList().clear();
        result.getElement().getThemeList().add("badge");
        result.getElement().getThemeList().add(v.intact() ? "success" : "error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.audit");
    }
}
