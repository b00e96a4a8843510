package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.OwnPassword;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sends a person who still has an imported account's one-time initial password to
 * {@link ChangePasswordView} from every page, so that no work is done under a password someone else knows.
 */
@Component
class InitialPasswordGuard implements VaadinServiceInitListener {

    private final OwnPassword own;

    InitialPasswordGuard(OwnPassword own) {
        this.own = own;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && own.mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
