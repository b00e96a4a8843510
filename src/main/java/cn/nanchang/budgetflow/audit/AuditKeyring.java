package cn.nanchang.budgetflow.audit;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain, from outside the database and the repository: a PKCS#12 keystore
 * ({@code budgetflow.audit.key.store} (path), {@code .password}), or an HSM's token through PKCS#11
 * ({@code budgetflow.audit.key.pkcs11-config}, the token's PIN as {@code .password}); {@code .alias}
 * names the key that seals from now on. Every other key in the store stays for verifying older
 * segments: rotating is adding a key and pointing the alias at it. The demo and the tests may
 * generate the key ({@code budgetflow.audit.key.generate=true}, with the suite of
 * {@code budgetflow.audit.suite}); production (the mysql profile) does not, and the application
 * refuses to start without its key.
 */
@Component
public class AuditKeyring {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyring.class);

    private final AuditKeyStore store;
    private final Map<String, AuditKey> byFingerprint = new ConcurrentHashMap<>();
    private volatile AuditKey current;

    AuditKeyring(String store, String password, String alias, boolean generate, AuditSuite suite) {
        this(store, "", password, alias, generate, suite);
    }

    @Autowired
    AuditKeyring(@Value("${budgetflow.audit.key.store:}") String store, @Value("${budgetflow.audit.key.pkcs11-config:}") String pkcs11Config,
            @Value("${budgetflow.audit.key.password:}") String password, @Value("${budgetflow.audit.key.alias:audit-1}") String alias,
            @Value("${budgetflow.audit.key.generate:false}") boolean generate, @Value("${budgetflow.audit.suite:SHA256_HMAC}") AuditSuite suite) {
        if (store.isBlank() && pkcs11Config.isBlank() || password.isEmpty()) {
            throw new IllegalStateException("审计密钥未配置：请设置 budgetflow.audit.key.store 与 budgetflow.audit.key.password"
                + "（环境变量 BUDGETFLOW_AUDIT_KEY_STORE / BUDGETFLOW_AUDIT_KEY_PASSWORD），指向数据库之外的 PKCS#12 密钥库；"
                + "或以 budgetflow.audit.key.pkcs11-config（BUDGETFLOW_AUDIT_KEY_PKCS11_CONFIG）与令牌 PIN 使用 HSM");
        }
        // the HSM wins when both are set: the file may be left over from before the HSM was installed
        this.store = pkcs11Config.isBlank() ? new Pkcs12AuditKeyStore(store, password) : new Pkcs11AuditKeyStore(pkcs11Config, password);
        KeyStore keys = this.store.open(existing -> {
            if (!existing.containsAlias(alias)) {
                if (!generate) {
                    throw new IllegalStateException("审计密钥库 " + this.store.where() + " 中没有密钥 " + alias
                        + "；生产环境不会自动生成密钥（budgetflow.audit.key.generate=false）");
                }
                this.store.addGenerated(existing, alias, suite);
                // INFO, not WARN: generating is on only where it was asked for (the demo and the tests); production
                // has budgetflow.audit.key.generate=false and refuses to start without its key (above), so a default
                // start has nothing to warn about (issue 17 §4).
                log.info("Generated audit key '{}' ({}) in {}: fine for the demo and tests; production brings its own key",
                    alias, suite, this.store.where());
            }
        }, generate);
        this.current = load(keys, alias);
        log.info("Audit chain sealed with key '{}' ({}, fingerprint {}) from {}", alias, current.suite(), current.fingerprint(),
            this.store.where());
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
        current = load(store.open(keys -> store.addGenerated(keys, alias, suite), true), alias);
        return current;
    }

    /** Reads every key once: loading a PKCS#12 store is slow on purpose (its MAC key is derived with many iterations). */
    private AuditKey load(KeyStore keys, String alias) {
        char[] password = store.keyPassword();
        try {
            for (String each : Collections.list(keys.aliases())) {
                Key key = keys.getKey(each, password);
                if (key == null || !each.equals(alias) && !AuditKey.isSuiteKey(key)) {
                    // an HSM's token may hold keys of other applications too: only the audit suites' keys are ours
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
            throw new IllegalStateException("审计密钥库 " + store.where() + " 无法读取（口令错误或文件损坏）", e);
        }
    }
}
