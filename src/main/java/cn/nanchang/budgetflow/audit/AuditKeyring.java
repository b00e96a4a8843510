package cn.nanchang.budgetflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain, from a PKCS#12 keystore outside the database and the repository:
 * {@code budgetflow.audit.key.store} (path), {@code .password}, {@code .alias} (the key that seals
 * from now on). Every other key in the store stays for verifying older segments: rotating is
 * adding a key and pointing the alias at it. The demo and the tests may generate the store
 * ({@code budgetflow.audit.key.generate=true}, with the suite of {@code budgetflow.audit.suite});
 * production (the mysql profile) does not, and the application refuses to start without its key.
 * BouncyCastle's PKCS#12 is used because the JDK's cannot read SM2 keys.
 */
@Component
public class AuditKeyring {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyring.class);

    private final Path store;
    private final char[] password;
    private final Map<String, AuditKey> byFingerprint = new ConcurrentHashMap<>();
    private volatile AuditKey current;

    AuditKeyring(@Value("${budgetflow.audit.key.store:}") String store, @Value("${budgetflow.audit.key.password:}") String password,
            @Value("${budgetflow.audit.key.alias:audit-1}") String alias, @Value("${budgetflow.audit.key.generate:false}") boolean generate,
            @Value("${budgetflow.audit.suite:SHA256_HMAC}") AuditSuite suite) {
        if (store.isBlank() || password.isEmpty()) {
            throw new IllegalStateException("审计密钥未配置：请设置 budgetflow.audit.key.store 与 budgetflow.audit.key.password"
                + "（环境变量 BUDGETFLOW_AUDIT_KEY_STORE / BUDGETFLOW_AUDIT_KEY_PASSWORD），指向数据库之外的 PKCS#12 密钥库");
        }
        this.store = Path.of(store).toAbsolutePath();
        this.password = password.toCharArray();
        KeyStore keys = withStoreLocked(existing -> {
            if (!existing.containsAlias(alias)) {
                if (!generate) {
                    throw new IllegalStateException("审计密钥库 " + this.store + " 中没有密钥 " + alias
                        + "；生产环境不会自动生成密钥（budgetflow.audit.key.generate=false）");
                }
                addGenerated(existing, alias, suite);
                log.warn("Generated audit key '{}' ({}) in {}: fine for the demo and tests; production brings its own keystore",
                    alias, suite, this.store);
            }
        }, generate);
        this.current = load(keys, alias);
        log.info("Audit chain sealed with key '{}' ({}, fingerprint {}) from {}", alias, current.suite(), current.fingerprint(),
            this.store);
    }

    /** The key that seals new entries. */
    AuditKey current() {
        return current;
    }

    /** Any key of the store, for verifying the segment that names it. */
    Optional<AuditKey> byFingerprint(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /**
     * Rotation as an operator does it (add a key, point the alias at it), in one step: for the
     * tests of rotation and of switching suites. The next recorded entry opens the new segment.
     */
    synchronized AuditKey rotate(String alias, AuditSuite suite) {
        current = load(withStoreLocked(keys -> addGenerated(keys, alias, suite), true), alias);
        return current;
    }

    /** Reads every key once: loading a PKCS#12 store is slow on purpose (its MAC key is derived with many iterations). */
    private AuditKey load(KeyStore keys, String alias) {
        try {
            for (String each : Collections.list(keys.aliases())) {
                Key key = keys.getKey(each, password);
                if (key == null) {
                    continue;
                }
                Certificate certificate = keys.getCertificate(each);
                PublicKey publicKey = certificate == null ? null : certificate.getPublicKey();
                AuditKey audit = AuditKey.of(each, key, publicKey);
                byFingerprint.put(audit.fingerprint(), audit);
            }
            Key sealing = keys.getKey(alias, password);
            Certificate certificate = keys.getCertificate(alias);
            return AuditKey.of(alias, sealing, certificate == null ? null : certificate.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("审计密钥库 " + store + " 无法读取（口令错误或文件损坏）", e);
        }
    }

    private KeyStore read() throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12", AuditSuite.BC);
        if (Files.exists(store)) {
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
        } else {
            keys.load(null, null);
        }
        return keys;
    }

    private interface StoreChange {
        void apply(KeyStore keys) throws GeneralSecurityException;
    }

    /** Two instances of one cluster starting together must not both generate: the store is changed under a file lock. */
    private KeyStore withStoreLocked(StoreChange change, boolean mayCreate) {
        try {
            if (!Files.exists(store) && !mayCreate) {
                throw new IllegalStateException("审计密钥库 " + store + " 不存在；生产环境不会自动生成密钥（budgetflow.audit.key.generate=false）");
            }
            Files.createDirectories(store.getParent());
            Path lockFile = store.resolveSibling(store.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                KeyStore keys = read();
                int before = keys.size();
                change.apply(keys);
                if (keys.size() != before) {
                    Path temporary = store.resolveSibling(store.getFileName() + ".new");
                    try (OutputStream out = Files.newOutputStream(temporary)) {
                        keys.store(out, password);
                    }
                    Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                return keys;
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("审计密钥库 " + store + " 无法读取或写入（口令错误或文件损坏）", e);
        }
    }

    private void addGenerated(KeyStore keys, String alias, AuditSuite suite) throws GeneralSecurityException {
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
        if (suite.keyed()) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            keys.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(secret, "HmacSHA256")), protection);
            return;
        }
        KeyPairGenerator generator;
        if (suite == AuditSuite.SM3_SM2) {
            generator = KeyPairGenerator.getInstance("EC", AuditSuite.BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        } else {
            generator = KeyPairGenerator.getInstance("Ed25519", AuditSuite.BC);
        }
        KeyPair pair = generator.generateKeyPair();
        keys.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {selfSigned(pair, suite, alias)});
    }

    /** A keystore holds a private key only with a certificate; the audit chain needs nothing of it but the public key. */
    private static Certificate selfSigned(KeyPair pair, AuditSuite suite, String alias) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=budgetflow audit " + alias);
        long now = System.currentTimeMillis();
        try {
            return new JcaX509CertificateConverter().setProvider(AuditSuite.BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now), new Date(now), new Date(now + 100L * 365 * 86_400_000),
                    name, pair.getPublic()).build(new JcaContentSignerBuilder(suite.sealAlgorithm()).setProvider(AuditSuite.BC)
                        .build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
