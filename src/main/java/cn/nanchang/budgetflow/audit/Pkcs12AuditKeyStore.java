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
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The audit keys in a PKCS#12 file ({@code budgetflow.audit.key.store}, {@code .password}).
 * BouncyCastle's PKCS#12 is used because the JDK's cannot read SM2 keys.
 */
final class Pkcs12AuditKeyStore implements AuditKeyStore {

    private final Path store;
    private final char[] password;

    Pkcs12AuditKeyStore(String store, String password) {
        this.store = Path.of(store).toAbsolutePath();
        this.password = password.toCharArray();
    }

    /** Two instances of one cluster starting together must not both generate: the store is changed under a file lock. */
    @Override
    public KeyStore open(Change change, boolean mayCreate) {
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

    @Override
    public char[] keyPassword() {
        return password;
    }

    @Override
    public void addGenerated(KeyStore keys, String alias, AuditSuite suite) throws GeneralSecurityException {
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

    @Override
    public String where() {
        return store.toString();
    }
}
