package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A step of the year run from a button: what {@link UiActions} does (success, conflict, not found
 * or forbidden shown in Chinese and the page read anew), plus each refused field handed to the
 * form that knows where it is, and a refusal by method security or an unexpected failure shown
 * as a notice instead of an error page, so that the page stays usable.
 */
final class YearAction {

    private static final Logger log = LoggerFactory.getLogger(YearAction.class);

    private YearAction() {
    }

    /**
     * @param successKey the notice on success; null for none (opening a form is no step)
     * @return whether the step was taken
     */
    static boolean run(Runnable action, String successKey, Runnable after, Consumer<FieldViolation> showViolation) {
        UI ui = UI.getCurrent();
        try {
            if (successKey == null) {
                action.run();
                return true;
            }
            return UiActions.run(action, successKey, after);
        } catch (ValidationException e) {
            e.violations().forEach(showViolation);
            UiActions.notify(ui.getTranslation("years.error.invalid"), NotificationVariant.LUMO_ERROR);
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            // only when opening a form: a step's refusal is shown by UiActions
            UiActions.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            UiActions.notify(ui.getTranslation("years.error.denied"), NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException e) {
            log.error("budget year step failed", e);
            UiActions.notify(ui.getTranslation("years.error.failed"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    /** Opens a form or goes to a page; reading what the form needs may fail like a step, and is shown the same way. */
    static void attempt(Runnable open) {
        run(open, null, () -> { }, v -> UiActions.notify(v.message(), NotificationVariant.LUMO_ERROR));
    }
}
