package cn.nanchang.budgetflow.ledger.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.ledger.EntryView;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.PaymentInput;
import cn.nanchang.budgetflow.ledger.PaymentView;
import cn.nanchang.budgetflow.ledger.Payments;
import cn.nanchang.budgetflow.ledger.PaymentsXlsx;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 指标 ledger over HTTP: the year's 指标 with 额度, 冻结, 已用 and 可用 in yuan (a section's own for
 * 科员 and 科长; every section's for 财务, the director and the auditors; none for the bureau), one
 * 指标 and its entries; 财务 records payments one by one or imports a month's xlsx, all or nothing.
 * 400 names the field (rows[<row>].<field> for an import), 403 another section's 指标, 404 an unknown one.
 */
@RestController
@Tag(name = "指标台账")
class IndicatorController {

    private final Indicators indicators;
    private final Payments payments;

    IndicatorController(Indicators indicators, Payments payments) {
        this.indicators = indicators;
        this.payments = payments;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "指标列表：某年度（可按科室）各指标的额度、冻结、已用、可用（元）；科室人员只见本科室")
    List<IndicatorResponse> list(@RequestParam int fiscalYear, @RequestParam(required = false) String section) {
        return indicators.list(fiscalYear, section).stream().map(IndicatorResponse::of).toList();
    }

    @GetMapping("/api/v1/indicators/{id}")
    @Operation(summary = "读取一个指标")
    IndicatorResponse get(@PathVariable long id) {
        return IndicatorResponse.of(indicators.get(id));
    }

    @GetMapping("/api/v1/indicators/{id}/entries")
    @Operation(summary = "指标明细账：下达、冻结、解冻、支付、调增、调减，每笔含经办人、时间、来源单据和审计记录编号")
    List<EntryResponse> entries(@PathVariable long id) {
        return indicators.entries(id).stream().map(EntryResponse::of).toList();
    }

    @GetMapping("/api/v1/indicators/{id}/payments")
    @Operation(summary = "指标的支付记录")
    List<PaymentResponse> paymentsOf(@PathVariable long id) {
        return payments.ofIndicator(id).stream().map(PaymentResponse::of).toList();
    }

    @PostMapping("/api/v1/indicators/{id}/payments")
    @Operation(summary = "登记支付（财务）：金额、支付日期、收款人、摘要、是否公务卡，可选结算的采购项目（解冻其冻结资金）；不得超过可用")
    @Created
    ResponseEntity<PaymentResponse> pay(@PathVariable long id, @RequestBody(required = false) PaymentRequest request) {
        PaymentView paid = payments.record(id, request == null ? null : request.input());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + id + "/payments")).body(PaymentResponse.of(paid));
    }

    @PostMapping("/api/v1/payments/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE))
    @Operation(summary = "导入支付（财务）：以 multipart 字段 file 上传当月支付 xlsx（按导入模板）；任何一行有误则逐行列出原因，整个文件不入账")
    ImportResponse importPayments(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        List<PaymentView> stored = payments.importXlsx(file == null ? null : file.getBytes());
        return new ImportResponse(stored.size(), stored.stream().map(PaymentResponse::of).toList());
    }

    @GetMapping("/api/v1/payments/import-template")
    @Operation(summary = "支付导入模板（xlsx）")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(PaymentsXlsx.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("支付导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
            .body(payments.importTemplate());
    }

    @Schema(name = "LedgerIndicatorResponse")
    record IndicatorResponse(long id, int fiscalYear, String section, String sectionName, String ref, @Nullable String sourceRef,
            @Nullable String sourceType, String kind, String functionCode, String functionName, String economicCode,
            String economicName, @Nullable Long projectId, @Nullable String projectCode, @Nullable String projectName, String quota, String frozen, String used, String available) {

        static IndicatorResponse of(IndicatorSummary i) {
            return new IndicatorResponse(i.id(), i.fiscalYear(), i.sectionCode(), i.sectionName(), i.ref(), i.sourceRef(),
                i.sourceType() == null ? null : i.sourceType().name(), i.kind().name(), i.functionCode(), i.functionName(),
                i.economicCode(), i.economicName(), i.projectId(), i.projectCode(), i.projectName(), i.quota().toString(),
                i.frozen().toString(), i.used().toString(), i.available().toString());
        }
    }

    /** The document fields are null for an entry no document made; {@code onBehalfOf} only for an entry made as a proxy. */
    record EntryResponse(long id, long indicatorId, String kind, String amount, @Nullable Long documentId,
            @Nullable String documentNumber, @Nullable String itemRef, @Nullable String note, String actor,
            @Nullable String onBehalfOf, Instant recordedAt, Long auditEntryId) {

        static EntryResponse of(EntryView e) {
            return new EntryResponse(e.id(), e.indicatorId(), e.kind().name(), e.amount().toString(), e.documentId(),
                e.documentNumber(), e.itemRef(), e.note(), e.actor(), e.onBehalfOf(), e.recordedAt(), e.auditEntryId());
        }
    }

    record PaymentRequest(String amount, String paidOn, String payee, String summary, Boolean officialCard,
            Long procurementItemId) {

        PaymentInput input() {
            return new PaymentInput(amount, paidOn, payee, summary, officialCard, procurementItemId);
        }
    }

    record PaymentResponse(long id, long indicatorId, String amount, String paidOn, String payee, String summary,
            boolean officialCard, @Nullable Long procurementItemId, boolean example, long entryId, String recordedBy,
            Instant recordedAt) {

        static PaymentResponse of(PaymentView p) {
            return new PaymentResponse(p.id(), p.indicatorId(), p.amount().toString(), p.paidOn().toString(), p.payee(),
                p.summary(), p.officialCard(), p.procurementItemId(), p.example(), p.entryId(), p.recordedBy(), p.recordedAt());
        }
    }

    record ImportResponse(int imported, List<PaymentResponse> payments) {
    }
}
