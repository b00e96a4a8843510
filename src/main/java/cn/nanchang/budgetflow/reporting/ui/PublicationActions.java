package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.reporting.DisclosureFormat;
import cn.nanchang.budgetflow.reporting.DisclosurePublications.DisclosureExport;
import cn.nanchang.budgetflow.reporting.DisclosurePublications;
import cn.nanchang.budgetflow.reporting.DisclosureView;
import cn.nanchang.budgetflow.reporting.PublicationStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * The step the signed-in person may take on a year's disclosure, with print and the Excel, PDF and Word downloads: 综合科
 * submits (refused with the cross-check findings while they fail), the 中心主任 approves or returns
 * with a comment. Offered by role and status; the service is the check.
 */
final class PublicationActions {

    private final DisclosurePublications publications;
    private final Runnable reload;

    PublicationActions(DisclosurePublications publications, Runnable reload) {
        this.publications = publications;
        this.reload = reload;
    }

    HorizontalLayout bar(DisclosureView view, int year, Role role) {
        UI ui = UI.getCurrent();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("disclosure-actions");
        bar.addClassName("no-print");
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        PublicationStatus status = view.state().status();
        if (role == Role.FINANCE && (status == PublicationStatus.NOT_STARTED || status == PublicationStatus.RETURNED)) {
            Button submit = new Button(ui.getTranslation("disclosure.action.submit"), e -> act(() -> publications.submit(year),
                "disclosure.done.submitted"));
            submit.setId("disclosure-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setEnabled(view.disclosure().publishable());
            bar.add(submit);
        }
        if (role == Role.DIRECTOR && status == PublicationStatus.IN_REVIEW) {
            Button approve = new Button(ui.getTranslation("disclosure.action.approve"), e -> act(() -> publications.approve(year),
                "disclosure.done.published"));
            approve.setId("disclosure-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextArea comment = new TextArea(ui.getTranslation("disclosure.action.comment"));
            comment.setId("disclosure-comment");
            comment.setMaxLength(2000);
            Button giveBack = new Button(ui.getTranslation("disclosure.action.return"), e -> {
                try {
                    act(() -> publications.giveBack(year, comment.getValue()), "disclosure.done.returned");
                } catch (ValidationException v) {
                    comment.setErrorMessage(v.violations().get(0).message());
                    comment.setInvalid(true);
                }
            });
            giveBack.setId("disclosure-return");
            bar.add(approve, comment, giveBack);
        }
        Button print = new Button(ui.getTranslation("disclosure.action.print"),
            e -> ui.getPage().executeJs("window.print()"));
        print.setId("disclosure-print");
        bar.add(print, download(ui, year, DisclosureFormat.XLSX, "disclosure-excel", "disclosure.action.excel"),
            download(ui, year, DisclosureFormat.PDF, "disclosure-pdf", "disclosure.action.pdf"),
            download(ui, year, DisclosureFormat.DOCX, "disclosure-word", "disclosure.action.word"));
        return bar;
    }

    private Anchor download(UI ui, int year, DisclosureFormat format, String id, String labelKey) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                DisclosureExport file = publications.export(year, format);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            } catch (UnavailableException e) {
                return DownloadResponse.error(503, e.getMessage());
            }
        }), AttachmentType.DOWNLOAD, ui.getTranslation(labelKey));
        link.setId(id);
        return link;
    }

    /** Validation problems of a return go to the caller; a submission refused by the checks is shown in full. */
    private void act(Runnable action, String successKey) {
        try {
            UiActions.run(action, successKey, reload);
        } catch (ValidationException e) {
            if (e.violations().stream().anyMatch(v -> v.field().equals("comment"))) {
                throw e;
            }
            UiActions.notify(String.join("；", e.violations().stream().map(v -> v.message()).toList()), NotificationVariant.LUMO_ERROR);
        }
    }
}
