package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What every document editor does on 保存: store, then open the saved document; or mark each
 * refused field and say so; or report that someone else changed the document meanwhile.
 */
public final class EditorSave {

    private EditorSave() {
    }

    /**
     * @param save        creates or updates the document and returns its id
     * @param showProblem marks one refused field in the editor
     */
    public static void run(DocumentType type, LongSupplier save, String savedKey, String invalidKey,
            Consumer<FieldViolation> showProblem) {
        UI ui = UI.getCurrent();
        try {
            long id = save.getAsLong();
            UiActions.notify(ui.getTranslation(savedKey), NotificationVariant.LUMO_SUCCESS);
            ui.navigate(type.routePrefix() + "/" + id);
        } catch (ValidationException e) {
            e.violations().forEach(showProblem);
            UiActions.notify(ui.getTranslation(invalidKey), NotificationVariant.LUMO_ERROR);
        } catch (ConflictException e) {
            UiActions.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }
}
