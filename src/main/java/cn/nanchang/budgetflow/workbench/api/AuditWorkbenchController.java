package cn.nanchang.budgetflow.workbench.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.workbench.ApprovalSheets;
import cn.nanchang.budgetflow.workbench.AuditExports.ExportFormat;
import cn.nanchang.budgetflow.workbench.AuditExports;
import cn.nanchang.budgetflow.workbench.AuditSearchFilter;
import cn.nanchang.budgetflow.workbench.AuditorSearch;
import cn.nanchang.budgetflow.workbench.DocumentTimelines;
import cn.nanchang.budgetflow.workflow.ProcessDiagram;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' workbench over HTTP, read-only: search every document, a document's merged
 * timeline, its process diagram and approval sheet, and exports of search results and timelines
 * (every export is recorded in the audit log). Auditors only, except the approval sheet, which
 * every reader of the document may print.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计")
class AuditWorkbenchController {

    private final AuditorSearch search;
    private final DocumentTimelines timelines;
    private final AuditExports exports;
    private final ApprovalSheets sheets;
    private final Messages messages;

    AuditWorkbenchController(AuditorSearch search, DocumentTimelines timelines, AuditExports exports, ApprovalSheets sheets,
            Messages messages) {
        this.search = search;
        this.timelines = timelines;
        this.exports = exports;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/documents")
    @Operation(summary = "审计查询：按类型、年度、科室、状态、人员（经办人或任何办理人）、创建日期和金额（元）筛选全部文档；总数见 X-Total-Count")
    ResponseEntity<List<AuditResponses.DocumentRow>> search(@RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String section,
            @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) String person,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) BigDecimal minAmount, @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        AuditSearchFilter filter = new AuditSearchFilter(type, fiscalYear, section, status, person, from, to, minAmount, maxAmount);
        List<AuditResponses.DocumentRow> rows = search.search(filter, offset, limit).stream()
            .map(d -> AuditResponses.row(d, messages)).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(search.count(filter))).body(rows);
    }

    @GetMapping("/documents.{format:xlsx|csv}")
    @Operation(summary = "导出审计查询结果：documents.xlsx（Excel）或 documents.csv（UTF-8 带 BOM）；条件同审计查询；导出本身记入审计日志")
    @FileDownload({FileDownload.XLSX, FileDownload.CSV})
    ResponseEntity<byte[]> searchExport(@PathVariable String format, @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String section,
            @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) String person,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) BigDecimal minAmount, @RequestParam(required = false) BigDecimal maxAmount) {
        return download(exports.searchResults(
            new AuditSearchFilter(type, fiscalYear, section, status, person, from, to, minAmount, maxAmount), format(format)));
    }

    @GetMapping("/documents/{id}/timeline")
    @Operation(summary = "文档完整时间线：审计日志与流程历史合并；每个任务的到达、签收、完成、办理人和用时")
    AuditResponses.Timeline timeline(@PathVariable long id) {
        return AuditResponses.timeline(timelines.of(id), messages);
    }

    @GetMapping("/documents/{id}/timeline.{format:xlsx|csv}")
    @Operation(summary = "导出文档时间线：timeline.xlsx（Excel：时间线、任务办理两张表）或 timeline.csv（UTF-8 带 BOM）；导出本身记入审计日志")
    @FileDownload({FileDownload.XLSX, FileDownload.CSV})
    ResponseEntity<byte[]> timelineExport(@PathVariable long id, @PathVariable String format) {
        return download(exports.timeline(id, format(format)));
    }

    @GetMapping("/documents/{id}/diagram")
    @Operation(summary = "流程图：已部署的 BPMN XML，以及已完成的环节、走过的连线、当前环节和超期环节的元素 ID")
    ProcessDiagram diagram(@PathVariable long id) {
        return timelines.diagram(id);
    }

    @GetMapping("/documents/{id}/approval-sheet")
    @Operation(summary = "审批单：文档表头、内容、每一步的办理人、时间和意见（可见该文档的用户均可查看）")
    AuditResponses.Sheet approvalSheet(@PathVariable long id) {
        return AuditResponses.sheet(sheets.of(id), messages);
    }

    private static ExportFormat format(String extension) {
        return "csv".equals(extension) ? ExportFormat.CSV : ExportFormat.XLSX;
    }

    static ResponseEntity<byte[]> download(AuditExports.Export export) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, export.contentType())
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName()).build().toString())
            .body(export.content());
    }
}
