package cn.nanchang.budgetflow.attachment;

import java.time.Instant;

/**
 * An attachment as lists show it: its facts, who uploaded it (username and name), whether it is a demo example
 * (示例), and whether the reader may remove it now.
 */
public record AttachmentInfo(long id, long documentId, String name, long size, String sha256, String mediaType,
        String uploadedBy, String uploadedByName, Instant uploadedAt, boolean example, boolean removable) {

    /** Whether browsers may show it in their own viewer (PDF, pictures) rather than only download it. */
    public boolean previewable() {
        return AttachmentRules.inline(mediaType);
    }
}
