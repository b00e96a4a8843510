package cn.nanchang.budgetflow.attachment;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a file must be to be attached (issue 19 §3): a name as a person gives it, at most {@value #MAX_BYTES} bytes,
 * at most {@value #MAX_FILES} files a document, and a type told by the bytes. Each refusal names the field
 * {@code file} with a Chinese sentence.
 */
final class AttachmentRules {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String MAX_SHOWN = "20 MB";
    static final int MAX_FILES = 20;
    static final int MAX_NAME_LENGTH = 200;
    static final String FIELD = "file";

    /** Types whose bytes say all: the name is never asked. */
    private static final Set<String> BY_CONTENT = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
        "image/webp", "text/plain");
    /**
     * Office files are OLE2 or OOXML containers; without Tika's parsers the bytes tell only the container, and the
     * name chooses among the Office types inside it. A plain zip is not an OOXML container, so a zip named .docx
     * stays a zip; an .msi (also OLE2) is not an Office type, so it stays refused.
     */
    private static final Map<String, Set<String>> OFFICE = Map.of(
        "application/x-tika-msoffice", Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/vnd.ms-works"),
        "application/x-tika-ooxml", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.ms-works"));
    /** Opened in the browser's own viewer when asked: PDF and pictures, none of which runs script in the page. */
    private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Tika TIKA = new Tika();

    private AttachmentRules() {
    }

    /** The name exactly as given, if a person could have given it: not blank, no path, no control characters, not too long. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw refused("attachment.error.nameMissing");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw refused("attachment.error.nameTooLong", MAX_NAME_LENGTH);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals(".") || name.equals("..")) {
            throw refused("attachment.error.namePath");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            throw refused("attachment.error.nameControl");
        }
        return name;
    }

    static void size(long size) {
        if (size == 0) {
            throw refused("attachment.error.empty");
        }
        if (size > MAX_BYTES) {
            throw refused("attachment.error.tooLarge", MAX_SHOWN);
        }
    }

    static void count(long stored) {
        if (stored >= MAX_FILES) {
            throw refused("attachment.error.tooMany", MAX_FILES);
        }
    }

    /** The media type the bytes are, if it is one attachments may have; refused otherwise. */
    static String mediaType(byte[] bytes, String name) {
        String content = TIKA.detect(bytes);
        if (BY_CONTENT.contains(content)) {
            return content;
        }
        Set<String> office = OFFICE.get(content);
        String named = office == null ? null : TIKA.detect(bytes, name);
        if (office != null && office.contains(named)) {
            return named;
        }
        throw refused("attachment.error.type");
    }

    static boolean inline(String mediaType) {
        return INLINE.contains(mediaType);
    }

    private static ValidationException refused(String key, Object... args) {
        return ValidationException.of(FIELD, Messages.text(key, args));
    }
}
