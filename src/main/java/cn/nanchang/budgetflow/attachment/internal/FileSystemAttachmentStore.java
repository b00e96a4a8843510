package cn.nanchang.budgetflow.attachment.internal;

import cn.nanchang.budgetflow.attachment.AttachmentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachments as files under {@code budgetflow.attachments.dir} (by default {@code ./data/attachments}, beside the
 * database and the audit keys), one file per upload, named by a random key and spread over 256 folders. A file is
 * written under a temporary name and moved into place, so a crash never leaves half a file under a real key.
 */
@Component
class FileSystemAttachmentStore implements AttachmentStore {

    /** Keys are ours (UUIDs); anything else is refused before it can reach the filesystem as a path. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path root;

    FileSystemAttachmentStore(@Value("${budgetflow.attachments.dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an attachment key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
