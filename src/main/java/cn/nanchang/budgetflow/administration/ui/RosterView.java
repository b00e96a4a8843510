package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.RosterImport;
import cn.nanchang.budgetflow.administration.RosterOutcome;
import cn.nanchang.budgetflow.administration.RosterPreview;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.ChangeText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 花名册导入: download the template (the organisation as it is now), upload the edited file, read
 * the rejected rows or the preview of the changes, and confirm. New accounts' initial passwords
 * are shown here once and never again.
 */
@Route("roster")
@Menu(title = "nav.roster", order = 71)
@RolesAllowed("ADMIN")
class RosterView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final RosterImport roster;
    private final ChangeText changeText;
    private volatile byte[] received;
    private byte[] previewed;
    private final Span outcome = new Span();
    private final Grid<RosterPreview.Problem> problems = new Grid<>();
    private final Grid<Line> changes = new Grid<>();
    private final Grid<RosterOutcome.InitialPassword> passwords = new Grid<>();
    private final Button confirm = new Button();

    /** One line of the preview: what happens to whom. */
    record Line(String kind, String username, String displayName, String what) {
    }

    RosterView(RosterImport roster, ChangeText changeText) {
        this.roster = roster;
        this.changeText = changeText;
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
            new ByteArrayInputStream(roster.template()), "花名册.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)), getTranslation("roster.ui.template"));
        template.setId("roster-template");
        template.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received = bytes));
        upload.setId("roster-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.ui.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.ui.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("roster.file.tooLarge", MAX_BYTES / (1024 * 1024)))
            .setIncorrectFileType(getTranslation("roster.file.notXlsx")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(e -> {
            byte[] file = received;
            received = null;
            upload.clearFileList();
            if (file != null) {
                preview(file);
            }
        });
        outcome.setId("roster-outcome");
        confirm.setText(getTranslation("roster.ui.confirm"));
        confirm.setId("roster-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> apply());
        confirm.setVisible(false);
        add(new H2(getTranslation("nav.roster")), new Span(getTranslation("roster.ui.hint")), template, upload, outcome,
            problemsGrid(), changesGrid(), confirm, passwordsGrid());
    }

    private Grid<RosterPreview.Problem> problemsGrid() {
        problems.setId("roster-problems");
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(RosterPreview.Problem::sheet).setHeader(getTranslation("roster.ui.sheet")).setAutoWidth(true);
        problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("ledger.import.row")).setAutoWidth(true);
        problems.addColumn(RosterPreview.Problem::column).setHeader(getTranslation("roster.ui.column")).setAutoWidth(true);
        problems.addColumn(RosterPreview.Problem::reason).setHeader(getTranslation("ledger.import.reason")).setFlexGrow(1);
        problems.setVisible(false);
        return problems;
    }

    private Grid<Line> changesGrid() {
        changes.setId("roster-changes");
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(Line::kind).setHeader(getTranslation("roster.ui.kind")).setAutoWidth(true);
        changes.addColumn(Line::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        changes.addColumn(Line::displayName).setHeader(getTranslation("admin.user.displayName")).setAutoWidth(true);
        changes.addColumn(Line::what).setHeader(getTranslation("timeline.changes")).setFlexGrow(1);
        changes.setVisible(false);
        return changes;
    }

    private Grid<RosterOutcome.InitialPassword> passwordsGrid() {
        passwords.setId("roster-passwords");
        passwords.setAllRowsVisible(true);
        passwords.addThemeVariants(GridVariant.LUMO_COMPACT);
        passwords.addColumn(RosterOutcome.InitialPassword::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        passwords.addColumn(RosterOutcome.InitialPassword::displayName).setHeader(getTranslation("admin.user.displayName")).setAutoWidth(true);
        passwords.addComponentColumn(p -> {
            Span shown = new Span(p.password());
            shown.setId("initial-password-" + p.username());
            return shown;
        }).setHeader(getTranslation("roster.ui.initialPassword")).setAutoWidth(true);
        passwords.setVisible(false);
        return passwords;
    }

    private void preview(byte[] file) {
        passwords.setVisible(false);
        try {
            RosterPreview preview = roster.preview(file);
            problems.setItems(preview.problems());
            problems.setVisible(!preview.valid());
            changes.setItems(lines(preview));
            changes.setVisible(preview.valid());
            confirm.setVisible(preview.valid());
            previewed = preview.valid() ? file : null;
            outcome.setText(preview.valid()
                ? getTranslation("roster.ui.previewed", preview.added().size(), preview.changed().size(), preview.disabled().size(),
                    preview.sections().stream().filter(RosterPreview.SectionChange::added).count(),
                    preview.sections().stream().filter(c -> !c.added()).count())
                : getTranslation("roster.ui.refused", preview.problems().size()));
        } catch (ValidationException refused) {
            showRefusal(refused);
        }
    }

    private void apply() {
        try {
            RosterOutcome done = roster.apply(previewed);
            previewed = null;
            confirm.setVisible(false);
            changes.setVisible(false);
            passwords.setItems(done.passwords());
            passwords.setVisible(!done.passwords().isEmpty());
            outcome.setText(getTranslation("roster.ui.done", done.added(), done.changed(), done.disabled(), done.sectionsAdded(),
                done.sectionsChanged())
                + (done.passwords().isEmpty() ? "" : getTranslation("roster.ui.passwordsHint")));
            UiActions.notify(outcome.getText(), NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(ValidationException refused) {
        previewed = null;
        confirm.setVisible(false);
        changes.setVisible(false);
        problems.setVisible(false);
        outcome.setText(refused.violations().stream().map(v -> v.message()).collect(Collectors.joining("；")));
        UiActions.notify(outcome.getText(), NotificationVariant.LUMO_ERROR);
    }

    private List<Line> lines(RosterPreview preview) {
        String added = getTranslation("roster.ui.added");
        String changed = getTranslation("roster.ui.changed");
        String disabled = getTranslation("roster.ui.disabled");
        return java.util.stream.Stream.of(
                preview.sections().stream().map(c -> new Line(getTranslation(c.added() ? "roster.ui.sectionAdded"
                    : "roster.ui.sectionChanged"), c.code(), c.name(), joined(c.changes()))),
                preview.added().stream().map(p -> new Line(added, p.username(), p.displayName(),
                    p.role() + (p.section() == null ? "" : " · " + p.section()))),
                preview.changed().stream().map(c -> new Line(changed, c.username(), c.displayName(),
                    joined(c.changes()))),
                preview.disabled().stream().map(p -> new Line(disabled, p.username(), p.displayName(), "")))
            .flatMap(s -> s).toList();
    }

    private String joined(List<cn.nanchang.budgetflow.audit.FieldChange> fieldChanges) {
        return changeText.of(fieldChanges).stream().map(ChangeLine::text).collect(Collectors.joining("；"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.roster");
    }
}
