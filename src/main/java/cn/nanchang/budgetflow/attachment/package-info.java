/**
 * Attachments (附件, issue 19 §3): the supporting files of any document (a budget line's 测算说明, a project's
 * feasibility study, the 主任办公会's scanned minutes…). Who may read a file is exactly who may read its
 * document ({@link cn.nanchang.budgetflow.document.DocumentAccess}); the drafter adds and removes while the
 * document is editable, a reviewer adds evidence while holding its review task. Types are told by content, the
 * bytes sit in an {@link cn.nanchang.budgetflow.attachment.AttachmentStore}, never in the session, and each
 * file's SHA-256 is part of the audit entry that added it, so the audit chain's verification covers the bytes too.
 */
package cn.nanchang.budgetflow.attachment;
