package cn.nanchang.budgetflow.execution.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.execution.AdjustedBudget;
import cn.nanchang.budgetflow.reporting.DisclosurePublications.DisclosureExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The adjusted budget (调整后) in the disclosure's nine-table layout, beside the 年初 disclosure's address. */
@RestController
@Tag(name = "预算公开")
class AdjustedBudgetController {

    private final AdjustedBudget adjusted;

    AdjustedBudgetController(AdjustedBudget adjusted) {
        this.adjusted = adjusted;
    }

    @GetMapping("/api/v1/reports/{year}/adjusted.xlsx")
    @Operation(summary = "调整后预算 Excel：按指标额度（含调剂、追加、追减）生成的九张表，标题冠以“调整后”，每张表一个工作表，"
        + "万元两位小数；不影响年初预算公开（财务、中心主任、审计）")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable int year) {
        DisclosureExport file = adjusted.workbook(year);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DisclosureExport.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }
}
