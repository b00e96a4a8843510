package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.Roles;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merkle proofs over the audit entries (see {@link MerkleTree}), in the digest of the current
 * suite: an inclusion proof of one entry in the tree of the first {@code treeSize} entries (the
 * tree a checkpoint with that seq signed), and a consistency proof between two tree sizes.
 */
@Service
@Transactional(readOnly = true)
public class AuditProofs {

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository head;
    private final AuditCheckpoints checkpoints;
    private final AuditKeyring keys;
    private final Messages messages;

    AuditProofs(AuditEntryRepository entries, AuditChainHeadRepository head, AuditCheckpoints checkpoints, AuditKeyring keys,
            Messages messages) {
        this.entries = entries;
        this.head = head;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.messages = messages;
    }

    /** Everything needed to check one entry against a checkpoint without the database: its canonical content and path. */
    public record InclusionProof(String suite, long seq, long treeSize, String prevHash, String canonical, String entryHash,
            List<String> path, String root) {
    }

    public record ConsistencyProof(String suite, long first, long second, String firstRoot, String secondRoot, List<String> path) {
    }

    @Roles.AuditChainReader
    public InclusionProof inclusion(Long seq, Long treeSize) {
        required("seq", seq);
        long size = treeSize == null ? lastSeq() : treeSize;
        within("treeSize", size, 1, lastSeq());
        within("seq", seq, 1, size);
        AuditEntry entry = entries.findBySeq(seq).orElseThrow(() -> ValidationException.of("seq", messages.get("audit.proof.noEntry", seq)));
        List<byte[]> hashes = checkpoints.entryHashes(size);
        MerkleTree tree = new MerkleTree(keys.current().suite());
        return new InclusionProof(keys.current().suite().name(), seq, size, entry.getPrevHash(), AuditChain.canonical(entry),
            entry.getEntryHash(), hex(tree.inclusionProof((int) (seq - 1), hashes)), HexFormat.of().formatHex(tree.root(hashes)));
    }

    @Roles.AuditChainReader
    public ConsistencyProof consistency(Long first, Long second) {
        required("first", first);
        long size = second == null ? lastSeq() : second;
        within("second", size, 1, lastSeq());
        within("first", first, 1, size);
        List<byte[]> hashes = checkpoints.entryHashes(size);
        MerkleTree tree = new MerkleTree(keys.current().suite());
        return new ConsistencyProof(keys.current().suite().name(), first, size,
            HexFormat.of().formatHex(tree.root(hashes.subList(0, first.intValue()))), HexFormat.of().formatHex(tree.root(hashes)),
            hex(tree.consistencyProof(first.intValue(), hashes)));
    }

    private long lastSeq() {
        return head.findById(AuditChainHead.ID).map(AuditChainHead::getLastSeq).orElse(0L);
    }

    private void required(String field, Long value) {
        if (value == null) {
            throw ValidationException.of(field, messages.get("audit.proof.required"));
        }
    }

    private void within(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw ValidationException.of(field, messages.get("audit.proof.range", min, max));
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }
}
