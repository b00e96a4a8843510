package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.AuditProofs.ConsistencyProof;
import cn.nanchang.budgetflow.audit.AuditProofs.InclusionProof;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The small verifier of issue 22: checks a proof against checkpoint files with no database and
 * no running application. From the jar:
 * <pre>
 * java -cp budgetflow.jar -Dloader.main=cn.nanchang.budgetflow.audit.AuditProofCheck \
 *      org.springframework.boot.loader.launch.PropertiesLauncher inclusion proof.json checkpoint.json
 * ... consistency proof.json older-checkpoint.json newer-checkpoint.json
 * ... checkpoint checkpoint.json public-key.txt
 * </pre>
 * Prints what it checked and exits 0 when the proof holds, 3 when it does not, 2 on bad input.
 * It checks the proof's mathematics and that the roots are the checkpoints' roots. Whether a
 * checkpoint itself is genuine: {@code checkpoint} checks its signature with the public key of an
 * Ed25519 or SM2 suite (base64 as the chain's 审计密钥启用 entry records it, or PEM) and, when it
 * carries one, its RFC 3161 timestamp; an HMAC checkpoint only the application can check.
 */
public final class AuditProofCheck {

    private AuditProofCheck() {
    }

    public static void main(String[] args) {
        try {
            String result = run(args);
            System.out.println(result);
            System.exit(result.startsWith("OK") ? 0 : 3);
        } catch (IOException | RuntimeException e) {
            System.out.println("usage: inclusion PROOF CHECKPOINT | consistency PROOF OLDER NEWER | checkpoint CHECKPOINT PUBLIC_KEY ("
                + e.getMessage() + ")");
            System.exit(2);
        }
    }

    static String run(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("inclusion")) {
            return inclusion(AuditCheckpoints.JSON.readValue(Files.readString(Path.of(args[1])), InclusionProof.class),
                checkpoint(args[2]));
        }
        if (args.length == 4 && args[0].equals("consistency")) {
            return consistency(AuditCheckpoints.JSON.readValue(Files.readString(Path.of(args[1])), ConsistencyProof.class),
                checkpoint(args[2]), checkpoint(args[3]));
        }
        if (args.length == 3 && args[0].equals("checkpoint")) {
            return genuine(checkpoint(args[1]), Files.readString(Path.of(args[2])));
        }
        throw new IllegalArgumentException("wrong arguments");
    }

    /** The checkpoint's signature under the given public key, the key being the one it names, and its timestamp if any. */
    public static String genuine(AuditCheckpoint checkpoint, String publicKeyText) {
        AuditSuite suite = AuditSuite.valueOf(checkpoint.suite());
        if (suite.keyed()) {
            throw new IllegalArgumentException("an HMAC checkpoint can only be checked by the application (its key is secret)");
        }
        AuditKey key = AuditKey.of(null, null, publicKey(suite, publicKeyText));
        if (!key.fingerprint().equals(checkpoint.keyFingerprint())) {
            return "FAILS: the checkpoint names key " + checkpoint.keyFingerprint() + ", the public key given is " + key.fingerprint();
        }
        if (!key.verifies(checkpoint.signedText(), checkpoint.signature())) {
            return "FAILS: the signature of checkpoint " + checkpoint.seq() + " does not hold: the file was changed or forged";
        }
        String stamped = "";
        if (checkpoint.timestamp() != null) {
            TrustedTimestamps.Check check = new TrustedTimestamps("", "").verify(checkpoint.timestamp(), checkpoint.stampedBytes());
            if (!check.holds()) {
                return "FAILS: the checkpoint's RFC 3161 timestamp does not hold (" + check.problem() + ")";
            }
            stamped = "; timestamped " + check.time() + " by " + check.authority();
        }
        return "OK: checkpoint " + checkpoint.seq() + " (head " + checkpoint.headHash() + ", root " + checkpoint.merkleRoot()
            + ", " + checkpoint.createdAt() + ") is signed by key " + key.fingerprint() + stamped;
    }

    private static java.security.PublicKey publicKey(AuditSuite suite, String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            java.security.KeyFactory factory = java.security.KeyFactory.getInstance(
                suite == AuditSuite.SHA256_ED25519 ? "Ed25519" : "EC", AuditSuite.BC);
            return factory.generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(base64)));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a public key of suite " + suite + ": " + e.getMessage());
        }
    }

    private static AuditCheckpoint checkpoint(String file) throws IOException {
        return AuditCheckpoints.parse(Files.readString(Path.of(file)))
            .orElseThrow(() -> new IllegalArgumentException(file + " is not an audit checkpoint"));
    }

    /** The entry's hash from its canonical content, the path from that hash to the root, the root the checkpoint's. */
    public static String inclusion(InclusionProof p, AuditCheckpoint checkpoint) {
        AuditSuite suite = AuditSuite.valueOf(p.suite());
        if (!p.suite().equals(checkpoint.suite()) || p.treeSize() != checkpoint.seq()) {
            return "FAILED: the proof is for " + p.treeSize() + " entries in " + p.suite() + ", the checkpoint covers "
                + checkpoint.seq() + " in " + checkpoint.suite();
        }
        // entries of the unkeyed chain before issue 22 were hashed with SHA-256; SHA256_* suites use it too
        if (!AuditChain.hash(suite, p.prevHash(), p.canonical()).equals(p.entryHash())
                && !AuditChain.hash(AuditSuite.SHA256_HMAC, p.prevHash(), p.canonical()).equals(p.entryHash())) {
            return "FAILED: entry " + p.seq() + "'s content does not give its hash";
        }
        MerkleTree tree = new MerkleTree(suite);
        byte[] root = HexFormat.of().parseHex(checkpoint.merkleRoot());
        if (!tree.verifyInclusion((int) (p.seq() - 1), (int) p.treeSize(), HexFormat.of().parseHex(p.entryHash()), bytes(p.path()), root)) {
            return "FAILED: entry " + p.seq() + " is not in the tree the checkpoint signed";
        }
        return "OK: entry " + p.seq() + " is included, unchanged, in the " + checkpoint.seq() + " entries of the checkpoint of "
            + checkpoint.createdAt();
    }

    public static String consistency(ConsistencyProof p, AuditCheckpoint older, AuditCheckpoint newer) {
        if (p.first() != older.seq() || p.second() != newer.seq() || !p.suite().equals(older.suite()) || !p.suite().equals(newer.suite())) {
            return "FAILED: the proof is between " + p.first() + " and " + p.second() + ", the checkpoints are at " + older.seq()
                + " and " + newer.seq();
        }
        MerkleTree tree = new MerkleTree(AuditSuite.valueOf(p.suite()));
        if (!tree.verifyConsistency((int) p.first(), (int) p.second(), HexFormat.of().parseHex(older.merkleRoot()),
                HexFormat.of().parseHex(newer.merkleRoot()), bytes(p.path()))) {
            return "FAILED: the newer checkpoint's tree does not extend the older one's: history was changed";
        }
        return "OK: the " + newer.seq() + " entries of " + newer.createdAt() + " only append to the " + older.seq() + " of "
            + older.createdAt();
    }

    private static List<byte[]> bytes(List<String> hex) {
        return hex.stream().map(HexFormat.of()::parseHex).toList();
    }
}
