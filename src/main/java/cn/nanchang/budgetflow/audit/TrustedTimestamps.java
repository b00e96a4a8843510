package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.base.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Trusted timestamps (RFC 3161) for checkpoints: when {@code budgetflow.audit.tsa.url} names a
 * timestamp authority (a national TSA service, a commercial CA's), each checkpoint is sent there
 * as a SHA-256 imprint and the authority's signed token is kept in the checkpoint. It proves that
 * the signed checkpoint existed at the authority's time, which no one at the center (the key
 * holder included) can set back. With {@code budgetflow.audit.tsa.certificate} (a PEM file) only
 * tokens signed by that certificate are accepted; without it, the certificate in the token is used
 * and reported. A TSA that is down does not stop the checkpoint: it is written without a token.
 */
@Component
class TrustedTimestamps {

    private static final Logger log = LoggerFactory.getLogger(TrustedTimestamps.class);
    private static final SecureRandom NONCES = new SecureRandom();

    private final String url;
    private final X509CertificateHolder trusted;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TrustedTimestamps(@Value("${budgetflow.audit.tsa.url:}") String url,
            @Value("${budgetflow.audit.tsa.certificate:}") String certificate) {
        this.url = url.strip();
        this.trusted = certificate.isBlank() ? null : readPem(Path.of(certificate.strip()));
    }

    /** What a token says, or why it does not hold. */
    record Check(boolean holds, Instant time, String authority, String problem) {
    }

    boolean enabled() {
        return !url.isEmpty();
    }

    /** The authority's token over {@code data}, base64 DER; empty when no authority is set or it did not answer properly. */
    Optional<String> stamp(byte[] data) {
        if (!enabled()) {
            return Optional.empty();
        }
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, Sha256.of(data), new BigInteger(64, NONCES));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                log.error("Timestamp authority {} answered HTTP {}: checkpoint kept without a timestamp", url, answer.statusCode());
                return Optional.empty();
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
                log.error("Timestamp authority {} refused: {}", url, response.getStatusString());
                return Optional.empty();
            }
            return Optional.of(Base64.getEncoder().encodeToString(response.getTimeStampToken().getEncoded()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.error("No timestamp from {}: {}; checkpoint kept without a timestamp", url, e.toString());
            return Optional.empty();
        }
    }

    /** Whether {@code token} is an authority's valid timestamp over exactly {@code data}. */
    Check verify(String token, byte[] data) {
        try {
            TimeStampToken stamp = new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(token)));
            if (!Arrays.equals(stamp.getTimeStampInfo().getMessageImprintDigest(), Sha256.of(data))) {
                return new Check(false, null, null, "imprint");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> signers = stamp.getCertificates().getMatches(stamp.getSID());
            X509CertificateHolder signer = trusted != null ? trusted : signers.stream().findFirst().orElse(null);
            if (signer == null || trusted != null && !stamp.getSID().match(trusted)) {
                return new Check(false, null, null, "authority");
            }
            // checks the signature, and that the certificate is a timestamping one valid at the token's time
            stamp.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(AuditSuite.BC).build(signer));
            return new Check(true, stamp.getTimeStampInfo().getGenTime().toInstant(), signer.getSubject().toString(), null);
        } catch (Exception e) {
            return new Check(false, null, null, "signature");
        }
    }

    private static X509CertificateHolder readPem(Path file) {
        try (InputStream in = Files.newInputStream(file);
                PEMParser pem = new PEMParser(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII))) {
            if (pem.readObject() instanceof X509CertificateHolder certificate) {
                return certificate;
            }
            throw new IllegalStateException("budgetflow.audit.tsa.certificate: " + file + " holds no certificate");
        } catch (IOException e) {
            throw new IllegalStateException("budgetflow.audit.tsa.certificate: " + file + " cannot be read", e);
        }
    }
}
