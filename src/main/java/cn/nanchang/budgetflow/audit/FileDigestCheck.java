package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.AuditedFiles.AuditedFile;
import cn.nanchang.budgetflow.audit.ChainVerification.Damage;
import cn.nanchang.budgetflow.base.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The second half of verification: each audited file's bytes against the SHA-256 that the chain recorded when
 * the file was added. Only the chain's digest counts, never the file's own table, which someone with database
 * access could rewrite along with the file. Runs after the chain is found intact, so the digest can be trusted.
 */
@Component
class FileDigestCheck {

    private static final Pattern DIGEST = Pattern.compile("SHA-256 ([0-9a-f]{64})");
    /** How many damaged files the message names one by one; the count says the rest. */
    private static final int NAMED = 5;

    private final AuditEntryRepository entries;
    private final List<AuditedFiles> files;
    private final Messages messages;

    FileDigestCheck(AuditEntryRepository entries, List<AuditedFiles> files, Messages messages) {
        this.entries = entries;
        this.files = files;
        this.messages = messages;
    }

    /** The verification of an intact chain of {@code chainLength} entries, with its files: {@code intact} unless a file differs. */
    ChainVerification check(long chainLength, ChainVerification intact) {
        List<AuditedFile> altered = new ArrayList<>();
        files.forEach(source -> source.each(file -> {
            if (!Objects.equals(recorded(file), file.currentSha256())) {
                altered.add(file);
            }
        }));
        if (altered.isEmpty()) {
            return intact;
        }
        AuditedFile first = altered.stream().min(java.util.Comparator.comparingLong(AuditedFile::addedSeq)).orElseThrow();
        List<String> described = altered.stream().limit(NAMED)
            .map(f -> messages.get("audit.chain.attachmentAltered", f.name(), f.id(), f.addedSeq())).toList();
        String message = altered.size() == 1 ? described.get(0)
            : messages.get("audit.chain.attachmentsAltered", altered.size(), String.join("；", described));
        return ChainVerification.broken(chainLength, first.addedSeq(), Damage.FILE_ALTERED, message);
    }

    /** The digest the adding entry recorded; null if there is no such entry or it names none (then no file matches it). */
    private String recorded(AuditedFile file) {
        return entries.findBySeq(file.addedSeq())
            .filter(e -> e.getAction() == AuditAction.ATTACHMENT_ADD)
            .map(e -> lastDigest(e.getDetails()))
            .orElse(null);
    }

    private static String lastDigest(String details) {
        Matcher m = DIGEST.matcher(Objects.toString(details, ""));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
