package cn.nanchang.budgetflow.attachment;

import cn.nanchang.budgetflow.audit.AuditedFiles;
import cn.nanchang.budgetflow.base.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The attachments for the audit chain's verification: each stored file re-hashed from the store, in pages. */
@Component
class AttachmentDigests implements AuditedFiles {

    private static final Logger log = LoggerFactory.getLogger(AttachmentDigests.class);
    private static final int PAGE = 200;

    private final AttachmentRepository attachments;
    private final AttachmentStore store;

    AttachmentDigests(AttachmentRepository attachments, AttachmentStore store) {
        this.attachments = attachments;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public void each(Consumer<AuditedFile> check) {
        long afterId = 0;
        List<Attachment> page;
        do {
            page = attachments.after(afterId, PageRequest.of(0, PAGE));
            for (Attachment a : page) {
                check.accept(new AuditedFile(a.getId(), a.getName(), a.getAddedSeq() == null ? 0 : a.getAddedSeq(),
                    currentDigest(a)));
                afterId = a.getId();
            }
        } while (page.size() == PAGE);
    }

    /** The digest of the bytes stored now; null when they cannot be read, which verification reports as altered. */
    private String currentDigest(Attachment a) {
        if (!store.exists(a.getStorageKey())) {
            return null;
        }
        try (InputStream in = store.open(a.getStorageKey())) {
            return Sha256.hex(in);
        } catch (IOException e) {
            log.warn("attachment {} could not be read for verification", a.getId(), e);
            return null;
        }
    }
}
