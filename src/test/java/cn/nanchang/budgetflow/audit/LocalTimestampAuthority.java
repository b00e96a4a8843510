package cn.nanchang.budgetflow.audit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A timestamp authority (RFC 3161) for the tests, built with BouncyCastle and served over HTTP on
 * a free loopback port: its own EC key and a self-signed certificate marked for timestamping only
 * (the extended key usage RFC 3161 requires, critical).
 */
final class LocalTimestampAuthority implements AutoCloseable {

    private final HttpServer server;
    private final X509CertificateHolder certificate;
    private final AtomicLong serial = new AtomicLong(1);

    private LocalTimestampAuthority(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", AuditSuite.BC);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=budgetflow tests");
        long now = System.currentTimeMillis();
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now), new Date(now - 86_400_000L),
            new Date(now + 86_400_000L * 365), subject, keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        certificate = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(AuditSuite.BC).build(keys.getPrivate()));
        var signerInfo = new JcaSimpleSignerInfoGeneratorBuilder().setProvider(AuditSuite.BC)
            .build("SHA256withECDSA", keys.getPrivate(), certificate);
        var tokens = new TimeStampTokenGenerator(signerInfo,
            new JcaDigestCalculatorProviderBuilder().build().get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
            new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try (exchange) {
                byte[] answer;
                try {
                    TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                    answer = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
                } catch (Exception e) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    static LocalTimestampAuthority start(String name) {
        try {
            return new LocalTimestampAuthority(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** The authority's certificate as a PEM file, for {@code budgetflow.audit.tsa.certificate}. */
    Path certificatePem() throws IOException {
        Path file = Files.createTempFile("tsa-", ".pem");
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
