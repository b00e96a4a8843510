package cn.nanchang.budgetflow.execution.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.execution.ExecutionProgress;
import cn.nanchang.budgetflow.execution.Progress;
import cn.nanchang.budgetflow.execution.ProgressRow;
import cn.nanchang.budgetflow.execution.ProgressWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 执行进度 over HTTP: the spending rate of a year by section, kind and project against 序时进度 and
 * the alert rates, month by month; the same as an Excel workbook. Amounts in yuan and rates in
 * percent, both as strings with two decimals. A section-bound reader sees their own section only.
 */
@RestController
@RequestMapping("/api/v1/execution")
@Tag(name = "执行进度")
class ExecutionController {

    private final ExecutionProgress progress;

    ExecutionController(ExecutionProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/{year}")
    @Operation(summary = "执行进度：各科室、支出类型、项目的额度、已支出、支出进度与序时进度，逐月累计支出，当月预警线及是否落后"
        + "（科室人员只见本科室，数据局只见单位合计和支出类型）")
    ProgressResponse read(@PathVariable int year,
            @Parameter(description = "科室编码；不填为可见的全部") @RequestParam(required = false) String section) {
        return ProgressResponse.of(progress.read(year, section));
    }

    @GetMapping("/{year}.xlsx")
    @Operation(summary = "执行进度 Excel：明细、按科室、按支出类型，金额为元（两位小数），进度为百分比")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable int year, @RequestParam(required = false) String section) {
        ProgressWorkbook file = progress.workbook(year, section);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ProgressWorkbook.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }

    /** {@code section} null: the whole unit. */
    record ProgressResponse(int fiscalYear, @Nullable String section, LocalDate asOf, int monthsElapsed, String schedulePercent,
            String thresholdPercent, Map<String, String> checkpoints, Row total, List<Row> bySection, List<Row> byKind,
            List<Row> rows) {

        static ProgressResponse of(Progress p) {
            Map<String, String> checkpoints = new LinkedHashMap<>();
            p.checkpoints().forEach((month, rate) -> checkpoints.put(String.valueOf(month), percent(rate)));
            return new ProgressResponse(p.fiscalYear(), p.sectionCode(), p.asOf(), p.monthsElapsed(),
                percent(p.schedulePercent()), percent(p.thresholdPercent()), checkpoints, Row.of(p.total()),
                p.bySection().stream().map(Row::of).toList(), p.byKind().stream().map(Row::of).toList(),
                p.rows().stream().map(Row::of).toList());
        }
    }

    /**
     * A row; the fields its level does not have are null (all of them in the total); {@code cumulativeUsed}
     * has one amount per month that is over, January first.
     */
    @Schema(name = "ExecutionRow")
    record Row(@Nullable String sectionCode, @Nullable String sectionName, @Nullable String kind,
            @Nullable String projectCode, @Nullable String projectName, String quota,
            String used, String ratePercent, List<String> cumulativeUsed, boolean below) {

        static Row of(ProgressRow r) {
            return new Row(r.sectionCode(), r.sectionName(), r.kind() == null ? null : r.kind().name(), r.projectCode(),
                r.projectName(), r.quota().toString(), r.used().toString(), percent(r.ratePercent()),
                r.cumulativeUsed().stream().map(Money::toString).toList(), r.below());
        }
    }

    private static String percent(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
