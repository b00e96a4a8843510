package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and who may change a document. A document the caller may not see is reported
 * exactly like a missing one, so ids of other sections reveal nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DocumentAccess {

    /** The most ids in one IN list: some databases refuse longer ones, and plans stay small this way. */
    static final int CHUNK = 1000;

    private final DocumentRepository documents;
    private final List<ReadGrant> grants;
    private final Messages messages;

    DocumentAccess(DocumentRepository documents, List<ReadGrant> grants, Messages messages) {
        this.documents = documents;
        this.grants = grants;
        this.messages = messages;
    }

    /**
     * The document if this person may read it: their section's (or every section's, by role), or
     * one a {@link ReadGrant} opens to them, such as a copy (抄送). Reading is all a copy grants; every action checks more.
     * The bureau never reads a document that stays inside the unit ({@link ApprovalDocument#visibleToBureau()}), whatever grants it.
     */
    public ApprovalDocument visible(long id, Actor actor) {
        return documents.findById(id)
            .filter(d -> actor.role() != Role.BUREAU || d.visibleToBureau())
            .filter(d -> actor.canSee(d.getSection().getCode()) || isGranted(id, actor))
            .orElseThrow(() -> new NotFoundException(messages.get("document.error.notFound", id)));
    }

    /**
     * Makes decisions on one document wait for each other: whoever comes second waits here until the
     * first has committed, then finds the task completed. Without it two approvers of one group race
     * through the engine's unlocked reads and writes, which on MySQL ends in deadlocks and rows gone
     * between two reads; told apart from real errors only by reading the exception, which missed cases.
     */
    public void lockForDecision(long id) {
        documents.lockRow(id);
    }

    private boolean isGranted(long id, Actor actor) {
        return grants.stream().anyMatch(grant -> grant.grantsRead(id, actor));
    }

    public <T extends ApprovalDocument> T visible(long id, Class<T> type, Actor actor) {
        ApprovalDocument document = visible(id, actor);
        if (!type.isInstance(document)) {
            throw new NotFoundException(messages.get("document.error.notFound", id));
        }
        return type.cast(document);
    }

    /**
     * The documents of these ids that this person may read, by the rule of {@link #visible(long, Actor)}, in
     * the order given; the others are left out as if missing. One query per 1000 ids rather than one per
     * document: a disclosure reads hundreds of plans and projects at once.
     */
    public <T extends ApprovalDocument> List<T> visibleAll(Collection<Long> ids, Class<T> type, Actor actor) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, ApprovalDocument> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            documents.findAllById(distinct.subList(from, Math.min(from + CHUNK, distinct.size())))
                .forEach(d -> found.put(d.getId(), d));
        }
        return distinct.stream().map(found::get)
            .filter(d -> d != null && type.isInstance(d))
            .filter(d -> actor.role() != Role.BUREAU || d.visibleToBureau())
            .filter(d -> actor.canSee(d.getSection().getCode()) || isGranted(d.getId(), actor))
            .map(type::cast).toList();
    }

    /** Only the person who drafted a document edits, submits or withdraws it. */
    public void requireDrafter(ApprovalDocument document, Actor actor) {
        if (!document.getDrafter().equals(actor.username())) {
            throw new ForbiddenException(messages.get("document.error.notDrafter"));
        }
    }
}
