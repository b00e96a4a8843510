package cn.nanchang.budgetflow.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, as RFC 6962) over the audit
 * entries' hashes, in chain order: leaf = H(0x00 || entry hash), node = H(0x01 || left || right),
 * the left subtree the largest power of two smaller than the whole. H is the digest of a suite
 * (SHA-256 or SM3). An inclusion proof shows one entry is in the tree a checkpoint signed; a
 * consistency proof that a later checkpoint's tree only appended to an earlier one's. The
 * verifying methods need nothing but the proof and the checkpoints: {@link AuditProofCheck} runs
 * them from the command line without the database.
 */
public final class MerkleTree {

    private final AuditSuite suite;

    public MerkleTree(AuditSuite suite) {
        this.suite = suite;
    }

    public byte[] leafHash(byte[] entryHash) {
        MessageDigest digest = suite.digest();
        digest.update((byte) 0);
        return digest.digest(entryHash);
    }

    private byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = suite.digest();
        digest.update((byte) 1);
        digest.update(left);
        return digest.digest(right);
    }

    /** MTH(D[from:to]) over leaf hashes. */
    private byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return suite.digest().digest();
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return node(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** The root over these entry hashes. */
    public byte[] root(List<byte[]> entryHashes) {
        return root(leafHashes(entryHashes), 0, entryHashes.size());
    }

    private List<byte[]> leafHashes(List<byte[]> entryHashes) {
        List<byte[]> leaves = new ArrayList<>(entryHashes.size());
        entryHashes.forEach(h -> leaves.add(leafHash(h)));
        return leaves;
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} (0-based) in the tree of all {@code entryHashes}. */
    public List<byte[]> inclusionProof(int index, List<byte[]> entryHashes) {
        List<byte[]> proof = new ArrayList<>();
        path(index, leafHashes(entryHashes), 0, entryHashes.size(), proof);
        return proof;
    }

    private void path(int m, List<byte[]> leaves, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, leaves, from, from + k, proof);
            proof.add(root(leaves, from + k, to));
        } else {
            path(m - k, leaves, from + k, to, proof);
            proof.add(root(leaves, from, from + k));
        }
    }

    /** PROOF(m, D[n]): that the tree of the first {@code first} entries is a prefix of the tree of all. */
    public List<byte[]> consistencyProof(int first, List<byte[]> entryHashes) {
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < entryHashes.size()) {
            subproof(first, leafHashes(entryHashes), 0, entryHashes.size(), true, proof);
        }
        return proof;
    }

    private void subproof(int m, List<byte[]> leaves, int from, int to, boolean complete, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(root(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, leaves, from, from + k, complete, proof);
            proof.add(root(leaves, from + k, to));
        } else {
            subproof(m - k, leaves, from + k, to, false, proof);
            proof.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 §2.1.3.2. */
    public boolean verifyInclusion(int index, int treeSize, byte[] entryHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1L;
        byte[] r = leafHash(entryHash);
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2. */
    public boolean verifyConsistency(int first, int second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Integer.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1L;
        long sn = second - 1L;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
