package cn.nanchang.budgetflow.workbench.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.workbench.DocumentExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One document with its history as a workbook, for anyone who may read it (the 导出 of its page). */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "文档")
class DocumentExportController {

    private final DocumentExports exports;

    DocumentExportController(DocumentExports exports) {
        this.exports = exports;
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(summary = "导出文档及其审批记录（Excel）：可查看该文档的用户均可导出；导出本身记入审计日志")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return AuditWorkbenchController.download(exports.export(id));
    }
}
