package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The bare start page, where a sign-in lands: each role is sent to where its day begins, so no one
 * (the administrator included) lands on a page their role may not open.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    private final CurrentActor currentActor;

    StartView(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(startRoute(currentActor.get().role()));
    }

    static String startRoute(Role role) {
        return switch (role) {
            case STAFF -> "documents";
            case AUDITOR -> "audit/documents";
            case ADMIN -> "users";
            case SECTION_HEAD, FINANCE, DIRECTOR, BUREAU -> "inbox";
        };
    }
}
