package cn.nanchang.budgetflow.audit.api;

import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the audit chain, for auditors and administrators. */
@RestController
@Tag(name = "审计")
class AuditController {

    private final AuditVerifier verifier;

    AuditController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "重新计算审计哈希链：是否完整、首个受损记录及受损类型（ALTERED/MISSING/TRUNCATED）")
    ChainVerification verify() {
        return verifier.verify();
    }
}
