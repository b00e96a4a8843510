package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.document.DocumentDetails;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.LongFunction;

/**
 * What every document editor shares: a new document or, under {@code :id}, the stored one with its
 * return banner and the version read; 保存 creates or updates it and opens it, or shows each refused
 * field ({@link EditorSave}). A type's editor lays out its own form and says how to fill it, read
 * it back into input, and show a violation on it.
 *
 * @param <R> the type's reading, @param <I> its input
 */
public abstract class DocumentEditor<R extends DocumentDetails, I> extends VerticalLayout implements BeforeEnterObserver {

    /** Reads and writes the autosaved input: plain records of text, numbers and lists, no module needed. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentTypeService<?, I, ?, R> service;
    private final DocumentHistory history;
    private final DocumentType type;
    private final String keyPrefix;
    /** The 附件 panel of a stored document (from the attachment module, which builds on this one). */
    private final LongFunction<Component> attachments;
    private final H2 title = new H2();
    private Long documentId;
    private Long version;
    private FieldErrors errors;
    private BrowserDraft draft;

    /**
     * @param keyPrefix the type's message keys {@code <prefix>.newTitle}, {@code .editTitle}, {@code .saved}
     * @param attachments the 附件 panel for a stored document's id, shown under the form; a new document has none
     *     until it is saved, as a file belongs to a document
     */
    protected DocumentEditor(DocumentTypeService<?, I, ?, R> service, DocumentHistory history, DocumentType type,
            String keyPrefix, LongFunction<Component> attachments) {
        this.service = service;
        this.attachments = attachments;
        this.history = history;
        this.type = type;
        this.keyPrefix = keyPrefix;
        title.setText(getTranslation(keyPrefix + ".newTitle"));
    }

    /** Sets up the form for a new document. */
    protected abstract void startNew();

    /** Fills the form from a stored document. */
    protected abstract void fill(R document);

    protected abstract I input();

    /**
     * The input's type, for an editor whose unsaved state is autosaved in the browser
     * ({@link BrowserDraft}); null (the default) for one that is not.
     */
    protected Class<I> autosavedInput() {
        return null;
    }

    /** Puts an autosaved input back into the form, lines included, replacing what it shows. */
    protected void restore(I input) {
        throw new UnsupportedOperationException("not autosaved");
    }

    /** Where refused values show; an editor with a form of its own kind overrides show and clearErrors instead. */
    protected void showErrorsIn(FieldErrors errors) {
        this.errors = errors;
    }

    /** Shows one refused value on its field. */
    protected void show(FieldViolation violation) {
        errors.show(violation);
    }

    protected void clearErrors() {
        errors.clear();
    }

    /** The fiscal-year field of a new document, labelled as every editor labels it. */
    protected IntegerField yearField(String id, int initial, Runnable onChange) {
        IntegerField year = new IntegerField();
        year.setId(id);
        year.setLabel(getTranslation("draft.year"));
        year.setStepButtonsVisible(true);
        year.setValue(initial);
        year.addValueChangeListener(e -> onChange.run());
        return year;
    }

    /** Where a message that names no field of the form shows. */
    protected static Div errorArea(String id) {
        Div area = new Div();
        area.addClassName("field-error");
        area.setId(id);
        return area;
    }

    /** The 保存 button. */
    protected Button saveButton(String id, String labelKey) {
        Button save = new Button(getTranslation(labelKey), e -> save());
        save.setId(id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    /** The message key of the notice that the input was refused. */
    protected String invalidKey() {
        return keyPrefix + ".invalid";
    }

    protected H2 title() {
        return title;
    }

    /** The id of the document being edited; null while it is new. */
    protected Long documentId() {
        return documentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            startNew();
            autosave();
            return;
        }
        try {
            load(service.get(id.get()));
            autosave();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void autosave() {
        Class<I> type = autosavedInput();
        if (type == null || draft != null) {
            return;
        }
        draft = new BrowserDraft(this, keyPrefix, documentId, () -> json(input()), json -> read(json, type) != null,
            json -> restoreFrom(json, type));
        addComponentAtIndex(1, draft);
        addComponentAtIndex(2, draft.unsavedMarker());
        draft.watch();
    }

    private static String json(Object input) {
        try {
            return JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input an entry holds; null if it is not this editor's input (corrupt, or from an older form). */
    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** False for an entry that cannot be put back: it is then dropped. */
    private boolean restoreFrom(String json, Class<I> type) {
        I input = read(json, type);
        if (input == null) {
            return false;
        }
        clearErrors();
        try {
            restore(input);
        } catch (RuntimeException e) {
            // a value the form no longer offers (a code or project gone): what was restored stays, the rest is typed again
            return false;
        }
        return true;
    }

    private void load(R document) {
        documentId = document.id();
        addComponentAtIndex(1, ReturnBanner.of(() -> history.latestReturnToMe(document.id()), true));
        CopyNotice.take(document.id()).ifPresent(notice -> addComponentAtIndex(1, notice));
        version = document.version();
        title.setText(getTranslation(keyPrefix + ".editTitle") + " " + document.number());
        fill(document);
        add(attachments.apply(document.id()));
    }

    private void save() {
        clearErrors();
        I input = input();
        EditorSave.run(type, () -> {
            long id = (documentId == null ? service.create(input) : service.update(documentId, version, input)).id();
            if (draft != null) {
                draft.clear();
            }
            return id;
        }, keyPrefix + ".saved", invalidKey(), this::show);
    }
}
