package cn.nanchang.budgetflow.attachment;

import java.io.InputStream;

/** A file to send: its name as uploaded, its detected type, size, and the open bytes (the caller closes them). */
public record AttachmentDownload(String name, String mediaType, long size, boolean inlineAllowed, InputStream bytes) {
}
