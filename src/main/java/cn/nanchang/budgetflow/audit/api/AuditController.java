package cn.nanchang.budgetflow.audit.api;

import cn.nanchang.budgetflow.audit.AuditCheckpoint;
import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import cn.nanchang.budgetflow.audit.AuditProofs;
import cn.nanchang.budgetflow.audit.AuditProofs.ConsistencyProof;
import cn.nanchang.budgetflow.audit.AuditProofs.InclusionProof;
import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import cn.nanchang.budgetflow.audit.CheckpointVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** Verification of the audit chain, its checkpoints and Merkle proofs, for auditors and administrators. */
@RestController
@Tag(name = "审计")
class AuditController {

    /** A checkpoint file is a few hundred bytes; anything far larger is not one. Who may upload is the service's check. */
    private static final long MAX_CHECKPOINT_BYTES = 16 * 1024;

    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final AuditProofs proofs;

    AuditController(AuditVerifier verifier, AuditCheckpoints checkpoints, AuditProofs proofs) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "重新计算审计哈希链并核对每条记录的密钥封签：是否完整、首个受损记录及受损类型（ALTERED/MISSING/TRUNCATED/FORGED）")
    ChainVerification verify() {
        return verifier.verify();
    }

    @PostMapping("/api/v1/audit/checkpoints")
    @Operation(summary = "立即签发审计链检查点（序号、链头哈希、默克尔树根、时间、密钥指纹、签名），写入检查点目录并在配置了邮件时发给审计人员")
    AuditCheckpoint createCheckpoint() {
        return checkpoints.create();
    }

    @PostMapping("/api/v1/audit/checkpoints/verify")
    @Operation(summary = "用审计人员保存的检查点文件（字段 file，可多个）核对审计链：列出与检查点不符的记录，并说明最新检查点之后的记录封签是否正确")
    CheckpointVerification verifyAgainstCheckpoints(HttpServletRequest request) {
        // read by hand rather than with @RequestPart: a request that is not multipart must still reach the
        // service's role check (403 for those who may not verify) before it is refused as input (400, field "file")
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        List<MultipartFile> files = multipart == null ? List.of() : multipart.getFiles("file");
        List<String> texts = new ArrayList<>();
        for (MultipartFile file : files) {
            texts.add(text(file));
        }
        return checkpoints.verifyFiles(texts);
    }

    /** A file far larger than a checkpoint (a few hundred bytes) is not read: it is refused as not a checkpoint. */
    private static String text(MultipartFile file) {
        try {
            return file.getSize() > MAX_CHECKPOINT_BYTES ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @GetMapping("/api/v1/audit/proofs/inclusion")
    @Operation(summary = "一条记录的默克尔包含证明（RFC 9162）：记录的规范内容、哈希与审计路径，对照序号为 treeSize 的检查点的树根，无需数据库即可核验")
    InclusionProof inclusion(@RequestParam(required = false) Long seq, @RequestParam(required = false) Long treeSize) {
        return proofs.inclusion(seq, treeSize);
    }

    @GetMapping("/api/v1/audit/proofs/consistency")
    @Operation(summary = "两个检查点之间的默克尔一致性证明（RFC 9162）：证明后者只在前者之后追加，未改写历史")
    ConsistencyProof consistency(@RequestParam(required = false) Long first, @RequestParam(required = false) Long second) {
        return proofs.consistency(first, second);
    }
}
