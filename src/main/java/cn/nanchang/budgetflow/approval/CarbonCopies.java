package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalOperations;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: the drafter, or anyone who holds or has handled a task on a document, copies people in.
 * Recipients find it under 抄送我的, unread until they open it, and may read it whatever its
 * section ({@link DocumentAccess}). Copying is audited with the note and the recipients.
 */
@Service
@Transactional
@Roles.Participant
public class CarbonCopies {

    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_NOTE_LENGTH = 500;

    /** One copy as its recipient sees it. */
    public record Received(DocumentSummary document, String sentBy, String sentByName, Instant sentAt, String note,
            boolean read) {
    }

    /** One recipient of a document, as the document page lists them. */
    public record Recipient(String username, String displayName, String sentByName, Instant sentAt, Instant readAt) {
    }

    private final CarbonCopyRepository copies;
    private final DocumentAccess access;
    private final DocumentQueries queries;
    private final DocumentAudit audit;
    private final ApprovalTasks tasks;
    private final ApprovalOperations operations;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final WorkNotices notices;
    private final Messages messages;

    CarbonCopies(CarbonCopyRepository copies, DocumentAccess access, DocumentQueries queries, DocumentAudit audit,
            ApprovalTasks tasks, ApprovalOperations operations, OrganizationService organization, CurrentActor currentActor,
            Clock clock, WorkNotices notices, Messages messages) {
        this.copies = copies;
        this.messages = messages;
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.tasks = tasks;
        this.operations = operations;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
        this.notices = notices;
    }

    /** Whether the current user may copy people in on the document: its drafter, or one of its approvers. */
    @Transactional(readOnly = true)
    public boolean canSend(long documentId) {
        Actor actor = currentActor.get();
        return canSend(access.visible(documentId, actor), actor);
    }

    /** {@link #canSend(long)} on a document already checked with {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    boolean canSend(ApprovalDocument document, Actor actor) {
        long documentId = document.getId();
        return document.getDrafter().equals(actor.username())
            || tasks.actionableOn(documentId, actor.username(), actor.groups()).isPresent()
            || operations.hasWorkedOn(documentId, actor.username());
    }

    /** Copies these people in; returns their usernames as stored. */
    public List<String> send(long documentId, List<String> recipients, String note) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        if (!canSend(documentId)) {
            throw new ForbiddenException(messages.get("copies.error.notAllowed"));
        }
        List<AppUser> people = checkedRecipients(recipients, actor, document);
        String text = checkedNote(note);
        Instant now = clock.instant();
        for (AppUser person : people) {
            CarbonCopy copy = copies.findByDocumentIdAndRecipient(documentId, person.getUsername())
                .orElseGet(() -> new CarbonCopy(documentId, person.getUsername()));
            copy.send(actor.username(), text, now);
            copies.save(copy);
        }
        String names = people.stream().map(AppUser::getDisplayName).collect(Collectors.joining("、"));
        audit.record(audit.about(AuditAction.CC, actor, document).comment(text).details("抄送：" + names)
            .status(document.getStatus().name(), document.getStatus().name()));
        List<String> usernames = people.stream().map(AppUser::getUsername).toList();
        notices.copied(usernames, document, text);
        return usernames;
    }

    /** 抄送我的, newest first. */
    @Transactional(readOnly = true)
    public List<Received> received(int offset, int limit) {
        String me = currentActor.get().username();
        int size = Math.max(1, limit);
        List<CarbonCopy> page = copies.findByRecipientOrderBySentAtDesc(me, PageRequest.of(offset / size, size));
        Map<Long, DocumentSummary> docs = queries.summaries(page.stream().map(CarbonCopy::getDocumentId).collect(Collectors.toSet()));
        return page.stream().filter(c -> docs.containsKey(c.getDocumentId()))
            .map(c -> new Received(docs.get(c.getDocumentId()), c.getSentBy(), organization.displayName(c.getSentBy()),
                c.getSentAt(), c.getNote(), c.isRead()))
            .toList();
    }

    @Transactional(readOnly = true)
    public long receivedCount() {
        return copies.countByRecipient(currentActor.get().username());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return copies.countByRecipientAndReadAtIsNull(currentActor.get().username());
    }

    /** The current user opened the document: their copy of it, if any, is read from now on. */
    public void markRead(long documentId) {
        Actor actor = currentActor.get();
        access.visible(documentId, actor);
        copies.findByDocumentIdAndRecipient(documentId, actor.username()).ifPresent(c -> c.markRead(clock.instant()));
    }

    /** Who was copied in on the document and whether they have read it, for everyone who may read it. */
    @Transactional(readOnly = true)
    @Roles.Reader
    public List<Recipient> recipientsOf(long documentId) {
        return recipientsOf(access.visible(documentId, currentActor.get()));
    }

    /** {@link #recipientsOf(long)} of a document already checked with {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    @Roles.Reader
    List<Recipient> recipientsOf(ApprovalDocument document) {
        return copies.findByDocumentIdOrderBySentAtAsc(document.getId()).stream()
            .map(c -> new Recipient(c.getRecipient(), organization.displayName(c.getRecipient()),
                organization.displayName(c.getSentBy()), c.getSentAt(), c.getReadAt()))
            .toList();
    }

    /** The people one may copy in: every enabled account that works on documents, except oneself. */
    @Transactional(readOnly = true)
    public List<AppUser> candidates() {
        String me = currentActor.get().username();
        return organization.documentReaders().stream().filter(u -> !u.getUsername().equals(me)).toList();
    }

    /** {@link #candidates}, with why there is no one. */
    @Transactional(readOnly = true)
    public Eligible candidateChoice() {
        return Eligible.of(candidates(), messages.get("copies.error.nobody"));
    }

    private List<AppUser> checkedRecipients(List<String> recipients, Actor actor, ApprovalDocument document) {
        if (recipients == null || recipients.isEmpty()) {
            throw ValidationException.of("recipients", messages.get("copies.error.noRecipients"));
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw ValidationException.of("recipients", messages.get("copies.error.tooMany", MAX_RECIPIENTS));
        }
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, AppUser> people = new LinkedHashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            String name = recipients.get(i) == null ? "" : recipients.get(i).strip();
            Optional<AppUser> user = organization.user(name).filter(u -> u.isEnabled() && u.getRole() != Role.ADMIN);
            if (name.equals(actor.username())) {
                violations.add(new FieldViolation("recipients[" + i + "]", messages.get("copies.error.self")));
            } else if (user.isEmpty()) {
                violations.add(new FieldViolation("recipients[" + i + "]", messages.get("copies.error.noSuchUser", name)));
            } else if (user.get().getRole() == Role.BUREAU && !document.visibleToBureau()) {
                // a section's request of a budget year stays inside the unit; a copy would not open it either
                violations.add(new FieldViolation("recipients[" + i + "]", messages.get("copies.error.notForBureau")));
            } else {
                people.putIfAbsent(user.get().getUsername(), user.get());
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return List.copyOf(people.values());
    }

    private String checkedNote(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ValidationException.of("note", messages.get("copies.error.noteTooLong", MAX_NOTE_LENGTH));
        }
        return note == null || note.isBlank() ? null : note.strip();
    }
}
