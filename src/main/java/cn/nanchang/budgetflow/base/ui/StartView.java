package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The bare start page, where a sign-in lands: each person is sent to where their role's day begins
 * ({@link FrameUser#startRoute()}), so no one (the administrator included) lands on a page their
 * role may not open.
 */
@Route("")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    private final FrameUser user;

    StartView(FrameUser user) {
        this.user = user;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(user.startRoute());
    }
}
