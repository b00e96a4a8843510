package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a timestamp authority configured, each checkpoint carries its RFC 3161 token in the file the
 * auditor keeps, and verification checks it: a token moved from another checkpoint is reported.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "AUDITOR")
class AuditCheckpointTimestampTest {

    private static final LocalTimestampAuthority AUTHORITY = LocalTimestampAuthority.start("检查点时间戳服务");

    @DynamicPropertySource
    static void authority(DynamicPropertyRegistry registry) {
        registry.add("budgetflow.audit.tsa.url", AUTHORITY::url);
    }

    @AfterAll
    static void stop() {
        AUTHORITY.close();
    }

    @Autowired
    AuditCheckpoints checkpoints;

    @Test
    void a_checkpoint_is_timestamped_in_its_file_and_a_token_of_another_checkpoint_is_reported() throws Exception {
        AuditCheckpoint first = checkpoints.create();
        String file;
        try (var files = Files.list(checkpoints.directory())) {
            file = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("audit-checkpoint-" + first.seq() + "-"))
                .reduce((a, b) -> b).orElseThrow());
        }
        AuditCheckpoint held = AuditCheckpoints.parse(file).orElseThrow();
        assertThat(held.timestamp()).as("the token is in the file the auditor keeps").isNotBlank();
        assertThat(checkpoints.verify(List.of(held)).intact()).isTrue();

        Thread.sleep(5);
        AuditCheckpoint second = checkpoints.create();
        AuditCheckpoint swapped = new AuditCheckpoint(held.format(), held.seq(), held.headHash(), held.merkleRoot(), held.createdAt(),
            held.suite(), held.keyFingerprint(), held.signature(), second.timestamp());

        CheckpointVerification verification = checkpoints.verify(List.of(swapped));
        assertThat(verification.intact()).isFalse();
        assertThat(verification.findings()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo("TIMESTAMP");
            assertThat(f.message()).contains("可信时间戳无效");
        });
    }
}
