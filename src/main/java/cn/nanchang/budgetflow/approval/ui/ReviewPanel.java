package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.approval.MeetingRecord;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The reviewer's form: decision, comment with 常用意见, the step a return goes to (or, at 主任办公会,
 * the meeting's record), submit. The action bar opens it with the decision its button names.
 */
class ReviewPanel extends VerticalLayout {

    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final DatePicker meetingDate = DatePickers.of("meeting-date", null);
    private MultiSelectComboBox<AppUser> attendees;
    private final TextField guests = new TextField();
    private final TextField minutesRef = new TextField();
    private final Select<ApprovalStep> returnTo = new Select<>();

    ReviewPanel(DocumentPageModel.MyTask mine, DocumentReview review) {
        InboxItem task = mine.item();
        setId("review-panel");
        addClassName("review-panel");
        setPadding(true);
        add(new H3(getTranslation("review.title") + " · " + getTranslation(task.step().labelKey())));
        decision.setId("review-decision");
        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(Decision.values());
        boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
        decision.setItemLabelGenerator(d -> getTranslation(d == Decision.APPROVE
            ? (collective ? "review.passed" : "review.approve") : (collective ? "review.notPassed" : "review.return")));
        decision.setRequired(true);
        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setPlaceholder(getTranslation("review.commentPlaceholder"));
        comment.setMaxLength(DocumentReview.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        Button submit = new Button(getTranslation("review.submit"), e -> submit(task, review));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(decision);
        if (collective) {
            meetingDate.setLabel(getTranslation("review.meetingDate"));
            // people of the unit come from the org tree, so the record names them as the roster does;
            // only outsiders are typed
            attendees = PersonPicker.multi("meeting-attendees", getTranslation("review.attendees"), review.attendeeChoice());
            attendees.setRequired(true);
            guests.setId("meeting-guests");
            guests.setLabel(getTranslation("review.guests"));
            guests.setHelperText(getTranslation("review.guests.hint"));
            guests.setWidth("28em");
            guests.setMaxWidth("100%");
            minutesRef.setId("meeting-minutes");
            minutesRef.setLabel(getTranslation("review.minutesRef"));
            // 主任办公会纪要〔2031〕5号 must be readable whole
            minutesRef.setWidth("28em");
            minutesRef.setMaxWidth("100%");
            add(meetingDate, attendees, guests, minutesRef);
        }
        if (!collective) {
            returnTo.setId("review-return-to");
            returnTo.setLabel(getTranslation("ops.returnTo"));
            returnTo.setItems(mine.returnTargets());
            returnTo.setItemLabelGenerator(s -> getTranslation(s == ApprovalStep.REVISE ? "ops.returnTo.REVISE" : s.labelKey()));
            returnTo.setValue(ApprovalStep.REVISE);
            returnTo.setVisible(false);
            decision.addValueChangeListener(e -> returnTo.setVisible(e.getValue() == Decision.RETURN));
            add(returnTo);
        }
        add(new OpinionPicker("review-opinion", mine.opinions(), comment), comment, submit);
        if (task.isClaimed()) {
            add(new Span(getTranslation("inbox.claimedBy")));
        }
    }

    /** Starts the form with the decision the reader chose on the action bar; they may still change it. */
    void choose(Decision chosen) {
        decision.setValue(chosen);
    }

    private void submit(InboxItem task, DocumentReview review) {
        decision.setInvalid(false);
        comment.setInvalid(false);
        try {
            MeetingRecord meeting = task.step() == ApprovalStep.COLLECTIVE_DECISION
                ? new MeetingRecord(meetingDate.getValue(), MeetingRecord.attendeesOf(attendees.getValue(), guests.getValue()), minutesRef.getValue()) : null;
            ApprovalStep target = decision.getValue() == Decision.RETURN ? returnTo.getValue() : null;
            UiActions.run(() -> review.decide(task.taskId(), decision.getValue(), comment.getValue(), meeting, target),
                decision.getValue() == Decision.RETURN ? "review.done.returned" : "review.done",
                () -> UI.getCurrent().navigate("inbox"));
        } catch (ValidationException e) {
            e.violations().forEach(v -> {
                if ("comment".equals(v.field())) {
                    comment.setErrorMessage(v.message());
                    comment.setInvalid(true);
                } else if ("returnTo".equals(v.field())) {
                    returnTo.setErrorMessage(v.message());
                    returnTo.setInvalid(true);
                } else if ("meeting.meetingDate".equals(v.field())) {
                    meetingDate.setErrorMessage(v.message());
                    meetingDate.setInvalid(true);
                } else if ("meeting.attendees".equals(v.field())) {
                    attendees.setErrorMessage(v.message());
                    attendees.setInvalid(true);
                } else if ("meeting.minutesRef".equals(v.field())) {
                    minutesRef.setErrorMessage(v.message());
                    minutesRef.setInvalid(true);
                } else {
                    decision.setErrorMessage(v.message());
                    decision.setInvalid(true);
                }
            });
        }
    }
}
