package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** RFC 9162 proofs over every tree size up to 17 and every leaf: they verify, and fail when anything is altered. */
class MerkleTreeTest {

    private static List<byte[]> entries(AuditSuite suite, int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(suite.digest(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    @ParameterizedTest
    @EnumSource(value = AuditSuite.class, names = {"SHA256_HMAC", "SM3_SM2"})
    void every_inclusion_proof_verifies_and_fails_for_an_altered_entry_or_path(AuditSuite suite) {
        MerkleTree tree = new MerkleTree(suite);
        for (int n = 1; n <= 17; n++) {
            List<byte[]> hashes = entries(suite, n);
            byte[] root = tree.root(hashes);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = tree.inclusionProof(i, hashes);
                assertThat(tree.verifyInclusion(i, n, hashes.get(i), proof, root)).as("leaf %d of %d", i, n).isTrue();
                byte[] altered = hashes.get(i).clone();
                altered[0] ^= 1;
                assertThat(tree.verifyInclusion(i, n, altered, proof, root)).as("altered leaf %d of %d", i, n).isFalse();
                if (!proof.isEmpty()) {
                    List<byte[]> badPath = new ArrayList<>(proof);
                    byte[] step = badPath.get(0).clone();
                    step[5] ^= 1;
                    badPath.set(0, step);
                    assertThat(tree.verifyInclusion(i, n, hashes.get(i), badPath, root)).isFalse();
                }
                if (n > 1) {
                    assertThat(tree.verifyInclusion((i + 1) % n, n, hashes.get(i), proof, root)).as("wrong index").isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AuditSuite.class, names = {"SHA256_HMAC", "SM3_SM2"})
    void every_consistency_proof_verifies_and_fails_when_an_older_entry_was_changed(AuditSuite suite) {
        MerkleTree tree = new MerkleTree(suite);
        for (int n = 1; n <= 17; n++) {
            List<byte[]> hashes = entries(suite, n);
            byte[] newRoot = tree.root(hashes);
            for (int m = 1; m <= n; m++) {
                byte[] oldRoot = tree.root(hashes.subList(0, m));
                List<byte[]> proof = tree.consistencyProof(m, hashes);
                assertThat(tree.verifyConsistency(m, n, oldRoot, newRoot, proof)).as("%d to %d", m, n).isTrue();

                // history rewritten: entry 0 changed in the newer tree
                List<byte[]> rewritten = new ArrayList<>(hashes);
                byte[] changed = hashes.get(0).clone();
                changed[3] ^= 1;
                rewritten.set(0, changed);
                assertThat(tree.verifyConsistency(m, n, oldRoot, tree.root(rewritten), tree.consistencyProof(m, rewritten)))
                    .as("rewritten %d to %d", m, n).isFalse();
            }
        }
    }

    @Test
    void the_root_of_one_leaf_and_of_two_follow_the_rfc_definitions() {
        MerkleTree tree = new MerkleTree(AuditSuite.SHA256_HMAC);
        byte[] a = HexFormat.of().parseHex("00".repeat(32));
        byte[] b = HexFormat.of().parseHex("11".repeat(32));
        byte[] leafA = sha256(new byte[] {0}, a);
        byte[] leafB = sha256(new byte[] {0}, b);

        assertThat(tree.root(List.of(a))).isEqualTo(leafA);
        assertThat(tree.root(List.of(a, b))).isEqualTo(sha256(new byte[] {1}, leafA, leafB));
        assertThat(tree.root(List.of())).isEqualTo(sha256());
    }

    private static byte[] sha256(byte[]... parts) {
        var digest = AuditSuite.SHA256_HMAC.digest();
        for (byte[] p : parts) {
            digest.update(p);
        }
        return digest.digest();
    }
}
