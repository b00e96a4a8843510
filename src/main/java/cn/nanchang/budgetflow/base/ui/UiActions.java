package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Runs a service call from a button and tells the user how it went, in Chinese. */
public final class UiActions {

    private UiActions() {
    }

    /**
     * Runs the action; a refused action (conflict, forbidden, gone) is shown and the view refreshed.
     * Validation errors are left to the caller, which knows which field to mark.
     *
     * @return whether the action succeeded
     */
    public static boolean run(Runnable action, String successKey, Runnable after) {
        try {
            action.run();
            notify(UI.getCurrent().getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
            after.run();
            return true;
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            UiRefusals.current().ifPresent(refusals -> refusals.actionRefused(e));
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
            after.run();
        }
        return false;
    }

    public static void notify(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(variant);
    }
}
