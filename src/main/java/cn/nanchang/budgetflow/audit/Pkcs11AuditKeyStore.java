package cn.nanchang.budgetflow.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The audit keys on an HSM's token, through the JDK's SunPKCS11 provider configured by a file
 * ({@code budgetflow.audit.key.pkcs11-config}: the library, the slot); the password is the
 * token's user PIN. A key never leaves the token: each seal is an HMAC the token computes, which
 * is why only the {@link AuditSuite#SHA256_HMAC} suite is offered here (the JDK's PKCS#11 provider
 * does not sign with Ed25519, nor any HSM of ours with SM2).
 */
final class Pkcs11AuditKeyStore implements AuditKeyStore {

    /** One provider per configuration: a PKCS#11 library is initialised once per process. */
    private static final Map<String, Provider> PROVIDERS = new ConcurrentHashMap<>();

    private final Path config;
    private final char[] pin;
    private final Provider provider;

    Pkcs11AuditKeyStore(String config, String pin) {
        this.config = Path.of(config).toAbsolutePath();
        this.pin = pin.toCharArray();
        if (!Files.isReadable(this.config)) {
            throw new IllegalStateException("审计密钥的 PKCS#11 配置文件 " + this.config + " 不存在或不可读");
        }
        this.provider = PROVIDERS.computeIfAbsent(this.config.toString(), Pkcs11AuditKeyStore::configured);
    }

    /** Registered with the JCA too: a MAC is then computed by whichever provider holds the key, this one. */
    private static Provider configured(String config) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IllegalStateException("本 Java 运行时没有 SunPKCS11 提供者，无法使用 HSM 中的审计密钥");
        }
        try {
            Provider provider = base.configure(config);
            Security.addProvider(provider);
            return provider;
        } catch (RuntimeException e) {
            throw new IllegalStateException("按 " + config + " 无法连接 HSM（PKCS#11 库或插槽有误）：" + e.getMessage(), e);
        }
    }

    @Override
    public KeyStore open(Change change, boolean mayCreate) {
        KeyStore keys;
        try {
            keys = KeyStore.getInstance("PKCS11", provider);
            keys.load(null, pin);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("HSM " + where() + " 无法登录（PIN 错误或令牌未初始化）", e);
        }
        try {
            // a key added to the token is stored by the token itself: nothing to write back
            change.apply(keys);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HSM " + where() + " 中的审计密钥无法读取或生成", e);
        }
    }

    @Override
    public char[] keyPassword() {
        return null;
    }

    /** An HMAC key generated inside the token and kept there, never extractable. */
    @Override
    public void addGenerated(KeyStore keys, String alias, AuditSuite suite) throws GeneralSecurityException {
        if (!suite.keyed()) {
            throw new IllegalStateException("HSM 中的审计密钥只支持 " + AuditSuite.SHA256_HMAC + "，不支持 " + suite);
        }
        KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256", provider);
        generator.init(256);
        SecretKey key = generator.generateKey();
        keys.setEntry(alias, new KeyStore.SecretKeyEntry(key), null);
    }

    @Override
    public String where() {
        return provider.getName() + "（" + config + "）";
    }
}
