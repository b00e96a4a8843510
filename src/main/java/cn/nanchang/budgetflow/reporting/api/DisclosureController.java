package cn.nanchang.budgetflow.reporting.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.DisclosureFormat;
import cn.nanchang.budgetflow.reporting.DisclosurePublications;
import cn.nanchang.budgetflow.reporting.DisclosurePublications.DisclosureExport;
import cn.nanchang.budgetflow.reporting.PublicationState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The budget disclosure over HTTP: read (JSON, the Excel workbook, the whole document as PDF or Word), and the publication step —
 * 综合科 submits, the 中心主任 approves or returns. A submission whose cross-checks fail answers
 * 400 with one error per finding under {@code checks.<CHECK>}.
 */
@RestController
@RequestMapping("/api/v1/reports/{year}")
@Tag(name = "预算公开")
class DisclosureController {

    private final DisclosurePublications publications;
    private final Messages messages;

    DisclosureController(DisclosurePublications publications, Messages messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping("/disclosure")
    @Operation(summary = "单位预算公开：九张表、情况说明、交叉校验结果和发布状态")
    DisclosureResponse read(@PathVariable int year) {
        return DisclosureResponse.of(publications.read(year), messages);
    }

    @GetMapping("/disclosure.xlsx")
    @Operation(summary = "单位预算公开 Excel：每张表一个工作表，万元两位小数")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> excel(@PathVariable int year) {
        return download(publications.export(year, DisclosureFormat.XLSX));
    }

    @GetMapping("/disclosure.pdf")
    @Operation(summary = "单位预算公开 PDF：封面、目录、各部分和各表（每表一页），页码，嵌入中文字体")
    @FileDownload(FileDownload.PDF)
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        return download(publications.export(year, DisclosureFormat.PDF));
    }

    @GetMapping("/disclosure.docx")
    @Operation(summary = "单位预算公开 Word：与 PDF 相同的内容，供发布前编辑")
    @FileDownload(FileDownload.DOCX)
    ResponseEntity<byte[]> word(@PathVariable int year) {
        return download(publications.export(year, DisclosureFormat.DOCX));
    }

    private static ResponseEntity<byte[]> download(DisclosureExport file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }

    @PostMapping("/disclosure/submit")
    @Operation(summary = "综合科提交公开（交叉校验须全部通过）")
    PublicationState submit(@PathVariable int year) {
        return publications.submit(year);
    }

    @PostMapping("/disclosure/approve")
    @Operation(summary = "中心主任同意公开：数据冻结并发布")
    PublicationState approve(@PathVariable int year) {
        return publications.approve(year);
    }

    @PostMapping("/disclosure/return")
    @Operation(summary = "中心主任退回（须填写意见）")
    PublicationState giveBack(@PathVariable int year, @RequestBody(required = false) ReturnRequest request) {
        return publications.giveBack(year, request == null ? null : request.comment());
    }

    record ReturnRequest(String comment) {
    }
}
