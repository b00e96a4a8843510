package cn.nanchang.budgetflow.administration.api;

import cn.nanchang.budgetflow.administration.RosterImport;
import cn.nanchang.budgetflow.administration.RosterOutcome;
import cn.nanchang.budgetflow.administration.RosterPreview;
import cn.nanchang.budgetflow.base.api.FileDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 花名册导入 over HTTP, for administrators only (the service refuses everyone else with 403). */
@RestController
@RequestMapping("/api/v1/admin/roster")
@Tag(name = "用户管理")
class RosterController {

    private final RosterImport roster;

    RosterController(RosterImport roster) {
        this.roster = roster;
    }

    @GetMapping("/template")
    @Operation(summary = "花名册模板（xlsx）：“科室”和“人员”两个工作表，已填入当前的科室和启用的账号")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FileDownload.XLSX))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("花名册.xlsx", StandardCharsets.UTF_8).build().toString())
            .body(roster.template());
    }

    @PostMapping("/preview")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE))
    @Operation(summary = "预览花名册导入（multipart 字段 file，xlsx，不超过 5 MB）：有误时在 problems 中逐行列出原因（工作表、行号、列、原因）；"
        + "无误时列出将新建、将修改（各字段修改前后）和将停用（不再列出）的账号。不保存任何内容")
    RosterPreview preview(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        return roster.preview(bytes(file));
    }

    @PostMapping("/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE))
    @Operation(summary = "导入花名册（multipart 字段 file）：重新检查，任何一行有误则 400 逐行列出原因且不保存任何内容；"
        + "否则在一个事务中新建、修改、停用账号，逐字段记入审计。新账号的一次性初始密码仅在此应答中出现一次，首次登录须修改")
    RosterOutcome importRoster(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        return roster.apply(bytes(file));
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? null : file.getBytes();
    }
}
