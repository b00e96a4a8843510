package cn.nanchang.budgetflow.attachment.api;

import cn.nanchang.budgetflow.attachment.AttachmentDownload;
import cn.nanchang.budgetflow.attachment.AttachmentInfo;
import cn.nanchang.budgetflow.attachment.Attachments;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.base.api.FileDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** Attachments (附件) of documents: upload, list, download, remove. Who may do what is the service's check. */
@RestController
@Tag(name = "附件")
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/api/v1/documents/{id}/attachments")
    @Operation(summary = "上传附件（multipart，字段 file）：每个文件不超过 20 MB，每份文档最多 20 个；类型按内容识别，限 PDF、图片、Office 文档、纯文本。"
        + "经办人在草稿或已退回时、审批人在办理审批任务时可上传；文件的 SHA-256 记入审计链",
        requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))))
    @Created
    ResponseEntity<AttachmentResponse> upload(@PathVariable long id, @Parameter(hidden = true) HttpServletRequest request)
            throws IOException {
        // read by hand rather than with @RequestParam: a request without the file must still reach the service's
        // checks of role and document (403, 404) before it is refused as input (400, field "file")
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        AttachmentInfo added = file == null ? attachments.add(id, null, new byte[0])
            : attachments.add(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + added.id())).body(AttachmentResponse.of(added));
    }

    @GetMapping("/api/v1/documents/{id}/attachments")
    @Operation(summary = "文档的附件列表（不含已删除的），按上传先后；能读文档的人都能读")
    List<AttachmentResponse> list(@PathVariable long id) {
        return attachments.list(id).stream().map(AttachmentResponse::of).toList();
    }

    @GetMapping("/api/v1/attachments/{id}")
    @Operation(summary = "下载附件：文件名按上传时原样（Content-Disposition，RFC 5987 编码）；inline=true 时 PDF 和图片在浏览器中预览，其余类型始终作为下载")
    @FileDownload({FileDownload.PDF, FileDownload.PNG, "image/jpeg", "image/gif", "image/webp", "text/plain",
        "application/msword", FileDownload.DOCX, "application/vnd.ms-excel", FileDownload.XLSX,
        "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.ms-works"})
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline) {
        AttachmentDownload file = attachments.open(id);
        ContentDisposition.Builder disposition = inline && file.inlineAllowed() ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.name(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(new InputStreamResource(file.bytes()));
    }

    @DeleteMapping("/api/v1/attachments/{id}")
    @Operation(summary = "删除附件（记入审计；文件本身保留以供核验）：只能删除自己上传的，且仅在可以上传附件时")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        attachments.remove(id);
    }

    /** The multipart form of an upload, for the contract. */
    record Upload(@Schema(type = "string", format = "binary", description = "文件 / the file") String file) {
    }

    record AttachmentResponse(long id, long documentId, String name, long size, String sha256, String mediaType,
            String uploadedBy, String uploadedByName, Instant uploadedAt, boolean example, boolean removable) {

        static AttachmentResponse of(AttachmentInfo a) {
            return new AttachmentResponse(a.id(), a.documentId(), a.name(), a.size(), a.sha256(), a.mediaType(),
                a.uploadedBy(), a.uploadedByName(), a.uploadedAt(), a.example(), a.removable());
        }
    }
}
