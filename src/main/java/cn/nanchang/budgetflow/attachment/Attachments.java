package cn.nanchang.budgetflow.attachment;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.Sha256;
import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching, listing, reading and removing files of a document. Reading goes exactly as reading the document
 * ({@link DocumentAccess#visible}: another section's file id is answered as not found). Adding needs the document
 * in hand now: its drafter while it is a draft or returned, or a reviewer who may act on its open review task
 * (their own evidence). Removing is for whoever may add now, and only their own files.
 */
@Service
@Transactional
public class Attachments {

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final DocumentAccess access;
    private final DocumentAudit audit;
    private final AuditLog log;
    private final ApprovalTasks tasks;
    private final OrganizationService organization;
    private final CurrentActor current;
    private final Messages messages;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, AttachmentStore store, DocumentAccess access, DocumentAudit audit,
            AuditLog log, ApprovalTasks tasks, OrganizationService organization, CurrentActor current, Messages messages, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.log = log;
        this.tasks = tasks;
        this.organization = organization;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    /** The document's files, oldest first; removed ones are not listed. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(long documentId) {
        Actor actor = current.get();
        ApprovalDocument document = access.visible(documentId, actor);
        List<Attachment> files = attachments.findByDocumentIdAndRemovedFalseOrderByIdAsc(documentId);
        boolean mayChange = mayAdd(document, actor);
        Map<String, String> names = organization.displayNames(files.stream().map(Attachment::getUploadedBy).distinct().toList());
        return files.stream().map(a -> info(a, names, mayChange && a.getUploadedBy().equals(actor.username()))).toList();
    }

    /** Whether the reader may attach files to this document now; the panel shows its upload only then. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public boolean mayAdd(long documentId) {
        Actor actor = current.get();
        return mayAdd(access.visible(documentId, actor), actor);
    }

    /** Attaches a file: checked as a whole (name, size, count, type by content) before anything is stored. */
    @Roles.Participant
    public AttachmentInfo add(long documentId, String name, byte[] bytes) {
        Actor actor = current.get();
        ApprovalDocument document = access.visible(documentId, actor);
        AttachmentRules.name(name);
        AttachmentRules.size(bytes.length);
        if (!mayAdd(document, actor)) {
            throw new ForbiddenException(messages.get("attachment.error.notEditable"));
        }
        AttachmentRules.count(attachments.countByDocumentIdAndRemovedFalse(documentId));
        return store(document, actor, name, bytes, false);
    }

    /**
     * A demo file (示例) added at start-up by the document's drafter, acting as them ({@code ActingAs}):
     * audited and chained like an upload, allowed whatever the document's status; at most once per name.
     */
    void addExample(long documentId, String name, byte[] bytes) {
        Actor drafter = current.get();
        ApprovalDocument document = access.visible(documentId, drafter);
        boolean present = attachments.findByDocumentIdAndRemovedFalseOrderByIdAsc(documentId).stream()
            .anyMatch(a -> a.isExample() && a.getName().equals(name));
        if (!present) {
            store(document, drafter, name, bytes, true);
        }
    }

    private AttachmentInfo store(ApprovalDocument document, Actor actor, String name, byte[] bytes, boolean example) {
        String type = AttachmentRules.mediaType(bytes, name);
        String sha256 = Sha256.hex(bytes);
        String key;
        try {
            // a file stored for an upload that then rolls back stays unreferenced on disk: never read, never listed
            key = store.put(bytes);
        } catch (IOException e) {
            throw new UnavailableException(messages.get("attachment.error.storage"), e);
        }
        Attachment saved = attachments.save(new Attachment(document.getId(),
            new Attachment.StoredFile(name, bytes.length, sha256, type, key), actor.username(), clock.instant(), example));
        // the digest in the entry is what verification later checks the stored bytes against
        saved.recordedAt(log.record(audit.about(AuditAction.ATTACHMENT_ADD, actor, document)
            .status(document.getStatus().name(), document.getStatus().name())
            .details(messages.get(example ? "attachment.audit.example" : "attachment.audit.added", name, String.valueOf(bytes.length),
                type, sha256))).getSeq());
        return info(saved, Map.of(actor.username(), actor.displayName()), !example);
    }

    /** The file's bytes for whoever may read its document. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public AttachmentDownload open(long attachmentId) {
        Attachment file = readable(attachmentId, current.get());
        try {
            InputStream bytes = store.open(file.getStorageKey());
            return new AttachmentDownload(file.getName(), file.getMediaType(), file.getSize(),
                AttachmentRules.inline(file.getMediaType()), bytes);
        } catch (IOException e) {
            throw new UnavailableException(messages.get("attachment.error.missingFile"), e);
        }
    }

    /** Removes a file from the document's list, as an audited action; the bytes stay, as the audit trail needs them. */
    @Roles.Participant
    public void remove(long attachmentId) {
        Actor actor = current.get();
        Attachment file = readable(attachmentId, actor);
        ApprovalDocument document = access.visible(file.getDocumentId(), actor);
        if (!file.getUploadedBy().equals(actor.username()) || !mayAdd(document, actor)) {
            throw new ForbiddenException(messages.get("attachment.error.notRemovable"));
        }
        file.remove(actor.username(), clock.instant());
        audit.record(audit.about(AuditAction.ATTACHMENT_REMOVE, actor, document)
            .status(document.getStatus().name(), document.getStatus().name())
            .details(messages.get("attachment.audit.removed", file.getName(), file.getSha256())));
    }

    /** The file if it is listed and its document readable by this person; otherwise not found, never forbidden. */
    private Attachment readable(long attachmentId, Actor actor) {
        Attachment file = attachments.findById(attachmentId).filter(a -> !a.isRemoved())
            .orElseThrow(() -> new NotFoundException(messages.get("attachment.error.notFound", attachmentId)));
        try {
            access.visible(file.getDocumentId(), actor);
        } catch (NotFoundException e) {
            throw new NotFoundException(messages.get("attachment.error.notFound", attachmentId));
        }
        return file;
    }

    private boolean mayAdd(ApprovalDocument document, Actor actor) {
        if (document.getDrafter().equals(actor.username())) {
            return document.getStatus().isEditable();
        }
        return actor.role() != Role.AUDITOR
            && tasks.actionableOn(document.getId(), actor.username(), actor.groups()).isPresent();
    }

    private static AttachmentInfo info(Attachment a, Map<String, String> names, boolean removable) {
        return new AttachmentInfo(a.getId(), a.getDocumentId(), a.getName(), a.getSize(), a.getSha256(), a.getMediaType(),
            a.getUploadedBy(), names.getOrDefault(a.getUploadedBy(), a.getUploadedBy()), a.getUploadedAt(), a.isExample(),
            removable);
    }
}
