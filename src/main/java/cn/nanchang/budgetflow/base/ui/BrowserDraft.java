package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An editor's unsaved state, autosaved in the browser, and the notice that offers it back
 * (「发现未保存的内容（保存于 HH:mm）」 with 恢复 and 放弃).
 *
 * <p>Why the browser's {@code localStorage}: the state must outlive a closed tab, which
 * {@code sessionStorage} and the Vaadin session do not, and it is not the server's to keep (an
 * unsaved form is not a document; nobody else may see it). Why the care around it: these are
 * shared office machines, so the entries are keyed by the signed-in user (read back only for that
 * user), a user's entries are removed at 退出登录 ({@link #clearAllOf}), and any entry older than
 * seven days is dropped when an editor opens. The state is written one second after the last
 * change, not on every key. An entry that cannot be read (corrupt, or from an older form) is
 * ignored and dropped: it never breaks the page.
 *
 * <p>An editor adds this notice at the top of its form, says how to read its state as JSON and how
 * to put a JSON state back ({@code false} if it cannot), calls {@link #watch} once the form shows
 * what is stored, and {@link #clear()} after a successful save.
 */
public class BrowserDraft extends Div {

    private static final String SCRIPT = script();

    private final Component form;
    private final String key;
    private final String user;
    private final Supplier<String> state;
    private final Predicate<String> readable;
    private final Predicate<String> restore;
    private final Span when = new Span();
    private final Span restored = new Span();
    private String offered;

    /**
     * @param form the editor whose changes are watched
     * @param editor a short name of the editor, e.g. "budget-draft"
     * @param documentId the stored document's id, or null for a new one
     * @param readable whether a JSON state is this editor's input: an entry that is not is dropped without a notice
     */
    public BrowserDraft(Component form, String editor, Long documentId, Supplier<String> state, Predicate<String> readable,
            Predicate<String> restore) {
        this.form = form;
        this.user = currentUser();
        this.key = "budgetflow.autosave|" + user + "|" + editor + "|" + (documentId == null ? "new" : documentId);
        this.state = state;
        this.readable = readable;
        this.restore = restore;
        setId("autosave-notice");
        addClassName("autosave-notice");
        Button restoreButton = new Button(getTranslation("autosave.restore"), e -> restore());
        restoreButton.setId("autosave-restore");
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button discard = new Button(getTranslation("autosave.discard"), e -> discard());
        discard.setId("autosave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        when.setId("autosave-found");
        add(when, restoreButton, discard);
        // hidden by style, not setVisible: the server refuses calls from the browser to an invisible component
        showNotice(false);
        restored.setId("autosave-unsaved");
        restored.addClassName("autosave-unsaved");
        restored.setText(getTranslation("autosave.unsaved"));
        restored.setVisible(false);
    }

    /** The marker shown after 恢复: the form holds what the server has not stored yet. */
    public Span unsavedMarker() {
        return restored;
    }

    /** Starts watching: the form's state now is the stored one, so an entry equal to it is no news. */
    public void watch() {
        form.getElement().executeJs(SCRIPT + "window.bfAutosave.watch($0, this, $1, $2, $3)", getElement(), key, user, state.get());
    }

    /** After a successful save: the entry goes. On the page, not this element: the editor is being left. */
    public void clear() {
        UI.getCurrent().getPage().executeJs(SCRIPT + "window.bfAutosave.clear($0)", key);
    }

    /** At 退出登录: every entry of this user goes from this browser. */
    public static void clearAllOf(UI ui, String username) {
        ui.getPage().executeJs(SCRIPT + "window.bfAutosave.clearUser($0)", username);
    }

    @ClientCallable
    String snapshot() {
        return state.get();
    }

    @ClientCallable
    void found(String json, String time) {
        if (!readable.test(json)) {
            discard();
            return;
        }
        offered = json;
        when.setText(getTranslation("autosave.found", time));
        showNotice(true);
    }

    private void showNotice(boolean shown) {
        getStyle().set("display", shown ? "flex" : "none");
    }

    private void restore() {
        showNotice(false);
        if (offered != null && restore.test(offered)) {
            restored.setVisible(true);
            getElement().executeJs(SCRIPT + "window.bfAutosave.resolve($0)", key);
        } else {
            discard();
        }
    }

    private void discard() {
        showNotice(false);
        offered = null;
        getElement().executeJs(SCRIPT + "window.bfAutosave.discard($0)", key);
    }

    /** The constant of this name, or null for none (an autosaved value from an older form): for restoring a select. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String currentUser() {
        Principal principal = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    private static String script() {
        try (InputStream in = BrowserDraft.class.getResourceAsStream("autosave.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
