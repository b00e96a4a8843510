package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.CheckpointVerification.Finding;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of the audit chain that leave the database: written as a file to
 * {@code budgetflow.audit.checkpoint.dir} (mount another machine or medium there) on a schedule
 * ({@code budgetflow.audit.checkpoint.cron}, daily by default) and on demand, and mailed to
 * {@code budgetflow.audit.checkpoint.mail-to} when mail is on. The recipients come from the
 * configuration, not the database, because whoever can change the database could otherwise
 * redirect the anchors to themselves. A checkpoint is only signed over a chain that verifies:
 * signing a damaged chain would launder the damage.
 */
@Service
@Transactional(readOnly = true)
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final int PAGE = 10_000;
    private static final Pattern CHECKPOINT_FILE = Pattern.compile("audit-checkpoint-(\\d{1,18})-(\\d{8}T\\d{6}Z)\\.json");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** The file format: JSON, indented, times as ISO text; independent of the web layer's mapper settings. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository head;
    private final AuditVerifier verifier;
    private final AuditKeyring keys;
    private final TrustedTimestamps timestamps;
    private final Messages messages;
    private final Clock clock;
    private final Path directory;
    private final List<String> mailTo;
    private final boolean mailEnabled;
    private final String mailFrom;
    private final ObjectProvider<JavaMailSender> mail;

    AuditCheckpoints(AuditEntryRepository entries, AuditChainHeadRepository head, AuditVerifier verifier, AuditKeyring keys,
            TrustedTimestamps timestamps, Messages messages, Clock clock, @Value("${budgetflow.audit.checkpoint.dir:./data/audit-checkpoints}") String directory,
            @Value("${budgetflow.audit.checkpoint.mail-to:}") List<String> mailTo,
            @Value("${budgetflow.mail.enabled:false}") boolean mailEnabled,
            @Value("${budgetflow.mail.from:budgetflow@localhost}") String mailFrom, ObjectProvider<JavaMailSender> mail) {
        this.entries = entries;
        this.head = head;
        this.verifier = verifier;
        this.keys = keys;
        this.timestamps = timestamps;
        this.messages = messages;
        this.clock = clock;
        this.directory = Path.of(directory).toAbsolutePath();
        this.mailTo = mailTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.mailEnabled = mailEnabled;
        this.mailFrom = mailFrom;
        this.mail = mail;
    }

    /** On demand, by an auditor or administrator: the checkpoint is written, mailed and returned. */
    @Roles.AuditChainReader
    public AuditCheckpoint create() {
        return createForOperator();
    }

    /** The schedule's checkpoint (at least daily); also the command line's. */
    @Scheduled(cron = "${budgetflow.audit.checkpoint.cron:0 0 1 * * *}")
    public void scheduled() {
        try {
            AuditCheckpoint checkpoint = createForOperator();
            log.info("Audit checkpoint at entry {} written to {}", checkpoint.seq(), directory);
        } catch (IllegalStateException e) {
            log.error("No audit checkpoint written: {}", e.getMessage());
        }
    }

    public AuditCheckpoint createForOperator() {
        ChainVerification chain = verifier.verifyForOperator();
        if (!chain.intact()) {
            throw new IllegalStateException(messages.get("audit.checkpoint.chainBroken", chain.message()));
        }
        AuditChainHead current = head.findById(AuditChainHead.ID).orElseThrow();
        AuditKey key = keys.current();
        long seq = current.getLastSeq();
        String root = HexFormat.of().formatHex(new MerkleTree(key.suite()).root(entryHashes(seq)));
        AuditCheckpoint unsigned = new AuditCheckpoint(AuditCheckpoint.FORMAT, seq, current.getLastHash(), root, clock.instant(),
            key.suite().name(), key.fingerprint(), null);
        AuditCheckpoint signed = new AuditCheckpoint(unsigned.format(), seq, unsigned.headHash(), root, unsigned.createdAt(),
            unsigned.suite(), unsigned.keyFingerprint(), key.seal(unsigned.signedText()));
        AuditCheckpoint checkpoint = timestamps.stamp(signed.stampedBytes())
            .map(token -> new AuditCheckpoint(signed.format(), seq, signed.headHash(), root, signed.createdAt(), signed.suite(),
                signed.keyFingerprint(), signed.signature(), token))
            .orElse(signed);
        write(checkpoint);
        return checkpoint;
    }

    /**
     * The earliest checkpoint written here whose sequence covers {@code lastSeq} (from the file
     * names; the auditor holds their own copies to verify against).
     */
    public AuditCoverage coverage(long lastSeq) {
        AuditCoverage none = new AuditCoverage(lastSeq, null, null);
        if (lastSeq <= 0 || !Files.isDirectory(directory)) {
            return none;
        }
        try (var files = Files.list(directory)) {
            return files.map(f -> CHECKPOINT_FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                .filter(m -> Long.parseLong(m.group(1)) >= lastSeq)
                .min(Comparator.comparingLong((Matcher m) -> Long.parseLong(m.group(1))).thenComparing(m -> m.group(2)))
                .map(m -> new AuditCoverage(lastSeq, Long.parseLong(m.group(1)), Instant.from(FILE_TIME.parse(m.group(2)))))
                .orElse(none);
        } catch (IOException | RuntimeException e) {
            log.warn("Checkpoint directory {} not read: {}", directory, e.toString());
            return none;
        }
    }

    /** Where checkpoint files go. */
    Path directory() {
        return directory;
    }

    /** The hashes of entries 1..upToSeq, as bytes, in chain order. */
    List<byte[]> entryHashes(long upToSeq) {
        List<byte[]> hashes = new ArrayList<>();
        long after = 0;
        List<Object[]> page;
        do {
            page = entries.hashesAfter(after, upToSeq, PageRequest.of(0, PAGE));
            for (Object[] row : page) {
                hashes.add(HexFormat.of().parseHex((String) row[1]));
                after = (Long) row[0];
            }
        } while (page.size() == PAGE);
        return hashes;
    }

    private void write(AuditCheckpoint checkpoint) {
        String text = toJson(checkpoint);
        String name = "audit-checkpoint-" + checkpoint.seq() + "-" + FILE_TIME.format(checkpoint.createdAt()) + ".json";
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(messages.get("audit.checkpoint.notWritten", directory), e);
        }
        if (mailEnabled && !mailTo.isEmpty()) {
            mail.ifAvailable(sender -> send(sender, name, text));
        }
    }

    private void send(JavaMailSender sender, String name, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailFrom);
        message.setTo(mailTo.toArray(String[]::new));
        message.setSubject(messages.get("audit.checkpoint.mailSubject", name));
        message.setText(messages.get("audit.checkpoint.mailBody") + "\n\n" + text);
        try {
            sender.send(message);
        } catch (MailException e) {
            // the file is written; a mail server that is down must not lose the checkpoint
            log.warn("Audit checkpoint {} not mailed: {}", name, e.getMessage());
        }
    }

    public static String toJson(AuditCheckpoint checkpoint) {
        try {
            return JSON.writeValueAsString(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checkpoint file's content, or empty when it is not one (the caller answers 400). */
    public static Optional<AuditCheckpoint> parse(String text) {
        try {
            AuditCheckpoint c = JSON.readValue(text, AuditCheckpoint.class);
            boolean complete = c != null && AuditCheckpoint.FORMAT.equals(c.format()) && c.seq() >= 0 && c.headHash() != null
                && c.merkleRoot() != null && c.createdAt() != null && c.suite() != null && c.keyFingerprint() != null
                && c.signature() != null && Arrays.stream(AuditSuite.values()).anyMatch(s -> s.name().equals(c.suite()));
            return complete ? Optional.of(c) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The uploaded files' texts; each must be a checkpoint, or nothing is verified and the answer names the field. */
    @Roles.AuditChainReader
    public CheckpointVerification verifyFiles(List<String> texts) {
        if (texts.isEmpty()) {
            throw ValidationException.of("file", messages.get("audit.checkpoint.fileMissing"));
        }
        List<AuditCheckpoint> held = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            held.add(parse(texts.get(i)).orElseThrow(() -> ValidationException.of("file", messages.get("audit.checkpoint.fileInvalid", number))));
        }
        return verifyForOperator(held);
    }

    @Roles.AuditChainReader
    public CheckpointVerification verify(List<AuditCheckpoint> checkpoints) {
        return verifyForOperator(checkpoints);
    }

    /**
     * Checks each checkpoint's signature with the key it names, that the chain still holds the
     * entry it signed with the same hash, and the Merkle root over entries 1..seq; then
     * recomputes the keyed chain, which covers the entries after the newest checkpoint.
     */
    public CheckpointVerification verifyForOperator(List<AuditCheckpoint> checkpoints) {
        List<Finding> findings = new ArrayList<>();
        List<AuditCheckpoint> sorted = checkpoints.stream().sorted(Comparator.comparingLong(AuditCheckpoint::seq)).toList();
        for (AuditCheckpoint c : sorted) {
            findings.addAll(check(c));
        }
        ChainVerification chain = verifier.verifyForOperator();
        long newest = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).seq();
        long chainEnd = head.findById(AuditChainHead.ID).map(AuditChainHead::getLastSeq).orElse(0L);
        long after = Math.max(0, chainEnd - newest);
        // the recomputation stops at the first damage: after damage at or before the newest checkpoint, the rest is unknown
        Boolean afterKeyed = chain.intact() ? Boolean.TRUE : chain.firstBrokenEntry() > newest ? Boolean.FALSE : null;
        boolean intact = findings.isEmpty() && chain.intact();
        String message = intact ? messages.get("audit.checkpoint.intact", sorted.size(), newest, after)
            : messages.get("audit.checkpoint.broken", findings.size(), chain.message());
        return new CheckpointVerification(intact, newest, after, afterKeyed, findings, chain, message);
    }

    private List<Finding> check(AuditCheckpoint c) {
        String at = c.createdAt().toString();
        Optional<AuditKey> key = keys.byFingerprint(c.keyFingerprint());
        if (key.isEmpty()) {
            return List.of(new Finding(c.seq(), at, null, "UNKNOWN_KEY", messages.get("audit.checkpoint.unknownKey", c.seq(), c.keyFingerprint())));
        }
        if (!key.get().suite().name().equals(c.suite()) || !key.get().verifies(c.signedText(), c.signature())) {
            return List.of(new Finding(c.seq(), at, null, "SIGNATURE", messages.get("audit.checkpoint.badSignature", c.seq())));
        }
        if (c.timestamp() != null && !timestamps.verify(c.timestamp(), c.stampedBytes()).holds()) {
            return List.of(new Finding(c.seq(), at, null, "TIMESTAMP", messages.get("audit.checkpoint.badTimestamp", c.seq())));
        }
        if (c.seq() == 0) {
            return List.of();
        }
        Optional<AuditEntry> entry = entries.findBySeq(c.seq());
        if (entry.isEmpty()) {
            return List.of(new Finding(c.seq(), at, c.seq(), "MISSING", messages.get("audit.checkpoint.missing", c.seq())));
        }
        if (!entry.get().getEntryHash().equals(c.headHash())) {
            return List.of(new Finding(c.seq(), at, c.seq(), "ALTERED", messages.get("audit.checkpoint.altered", c.seq())));
        }
        String root = HexFormat.of().formatHex(new MerkleTree(AuditSuite.valueOf(c.suite())).root(entryHashes(c.seq())));
        if (!root.equals(c.merkleRoot())) {
            return List.of(new Finding(c.seq(), at, null, "TREE_CHANGED", messages.get("audit.checkpoint.treeChanged", c.seq())));
        }
        return List.of();
    }
}
