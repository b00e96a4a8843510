package cn.nanchang.budgetflow.budgetyear.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.budgetyear.ApprovalInput;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.CeilingsInput;
import cn.nanchang.budgetflow.budgetyear.ComparisonWorkbook;
import cn.nanchang.budgetflow.budgetyear.ExcuseInput;
import cn.nanchang.budgetflow.budgetyear.OpenYearInput;
import cn.nanchang.budgetflow.budgetyear.SplitDecisionInput;
import cn.nanchang.budgetflow.budgetyear.SplitInput;
import cn.nanchang.budgetflow.budgetyear.api.BudgetYearResponses.ComparisonResponse;
import cn.nanchang.budgetflow.budgetyear.api.BudgetYearResponses.Line;
import cn.nanchang.budgetflow.budgetyear.api.BudgetYearResponses.Year;
import cn.nanchang.budgetflow.budgetyear.api.BudgetYearResponses.YearSummary;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * The budget year (预算编制, 二上二下) over HTTP: 财务 opens a year, proceeds without a late section
 * and splits the ceilings; the bureau records the ceilings (控制数) and the 批复; the director
 * decides on the split; everyone but the administrator reads the year, its 批复 lines and the
 * comparison of its versions (JSON or Excel), each as far as they may. Steps answer the year;
 * 404 for a year not opened, 409 when the year is not at that step, 400 naming the field.
 */
@RestController
@RequestMapping("/api/v1/budget-years")
@Tag(name = "预算编制（二上二下）")
class BudgetYearController {

    private static final String BASE = "/api/v1/budget-years";

    private final BudgetYears years;

    BudgetYearController(BudgetYears years) {
        this.years = years;
    }

    @GetMapping
    @Operation(summary = "预算编制年度列表（新到旧）")
    List<YearSummary> list() {
        return years.list().stream().map(YearSummary::of).toList();
    }

    @PostMapping
    @Operation(summary = "编制启动（财务）：预算年度、一上和二上截止日期、编制说明；启动年度流程，进入一上")
    @Created
    ResponseEntity<Year> open(@RequestBody(required = false) OpenRequest request) {
        BudgetYearDetails opened = years.open(request == null ? new OpenYearInput(null, null, null) : request.input());
        return ResponseEntity.created(URI.create(BASE + "/" + opened.fiscalYear())).body(Year.of(opened));
    }

    @GetMapping("/{year}")
    @Operation(summary = "读取预算编制年度：阶段、日程、各科室申报、控制数及分解、批复和各版本合计（科室人员只见本科室，数据局只见单位合计）")
    Year get(@PathVariable int year) {
        return Year.of(years.get(year));
    }

    @PostMapping("/{year}/sections/{code}/excuse")
    @Operation(summary = "不等待该科室（财务，本轮截止日期之后）：须填写理由")
    Year excuse(@PathVariable int year, @PathVariable String code, @RequestBody(required = false) ExcuseInput request) {
        return Year.of(years.excuse(year, code, request));
    }

    @PostMapping("/{year}/ceilings")
    @Operation(summary = "下达控制数（数据局）：文号、日期、人员经费、公用经费、项目支出，可按项目设控制数")
    Year ceilings(@PathVariable int year, @RequestBody(required = false) CeilingsRequest request) {
        return Year.of(years.recordCeilings(year, request == null ? null : request.input()));
    }

    @PostMapping("/{year}/split")
    @Operation(summary = "分解控制数（财务）：各科室人员经费、公用经费、项目支出；各类合计不超过控制数")
    Year split(@PathVariable int year, @RequestBody(required = false) SplitRequest request) {
        return Year.of(years.recordSplit(year, request == null ? null : request.input()));
    }

    @PostMapping("/{year}/split/decision")
    @Operation(summary = "审定控制数分解（中心主任）：同意进入二上，或退回财务（须填写意见）")
    Year decideSplit(@PathVariable int year, @RequestBody(required = false) SplitDecisionInput request) {
        return Year.of(years.decideSplit(year, request));
    }

    @PostMapping("/{year}/approval")
    @Operation(summary = "预算批复（数据局）：文号、日期；未列出的二上明细按申报数批复，核减的明细须填写批复数和理由")
    Year approve(@PathVariable int year, @RequestBody(required = false) ApprovalRequest request) {
        return Year.of(years.recordApproval(year, request == null ? null : request.input()));
    }

    @GetMapping("/{year}/approval-lines")
    @Operation(summary = "批复明细：各科室财务已审核的二上申报明细（lineId 供核减引用；批复后含批复数）")
    List<Line> approvalLines(@PathVariable int year) {
        return years.approvalLines(year).stream().map(Line::of).toList();
    }

    @GetMapping("/{year}/comparison")
    @Operation(summary = "版本对比：一上、控制数、分解、二上、批复逐行对比，差异附理由和来源；按科室、按支出类型合计")
    ComparisonResponse comparison(@PathVariable int year) {
        return ComparisonResponse.of(years.comparison(year));
    }

    @GetMapping("/{year}/comparison.xlsx")
    @Operation(summary = "版本对比 Excel")
    @FileDownload(FileDownload.XLSX)
    ResponseEntity<byte[]> comparisonWorkbook(@PathVariable int year) {
        ComparisonWorkbook file = years.comparisonWorkbook(year);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ComparisonWorkbook.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }

    /** {"fiscalYear":2027,"deadlines":{"ONE_UP":"2026-09-30","TWO_UP":"2026-12-15"},"instructions":"…"}. */
    record OpenRequest(Integer fiscalYear, Map<String, String> deadlines, String instructions) {

        OpenYearInput input() {
            return new OpenYearInput(fiscalYear, deadlines, instructions);
        }
    }

    /** The bureau's ceilings; {@code public} is a Java keyword, hence the property name. */
    record CeilingsRequest(String ref, String date, String personnel, @JsonProperty("public") String publicAmount,
            String project, List<CeilingsInput.ProjectCeilingInput> projects) {

        CeilingsInput input() {
            return new CeilingsInput(ref, date, personnel, publicAmount, project, projects);
        }
    }

    record SplitRequest(List<SectionSplitRequest> sections) {

        SplitInput input() {
            return new SplitInput(sections == null ? null : sections.stream().map(s -> s == null ? null
                : new SplitInput.SectionSplitInput(s.sectionCode(), s.personnel(), s.publicAmount(), s.project())).toList());
        }
    }

    record ApprovalRequest(String ref, String date, List<ApprovalCut> cuts) {

        ApprovalInput input() {
            return new ApprovalInput(ref, date, cuts == null ? null : cuts.stream()
                .map(c -> c == null ? null : new ApprovalInput.CutInput(c.lineId(), c.amount(), c.reason())).toList());
        }
    }

    /**
     * A cut of one 二上 request line by its id (see approval-lines). Its own record rather than
     * {@link ApprovalInput.CutInput}: the unit proposal has a CutInput too, and the contract has one name per schema.
     */
    record ApprovalCut(Long lineId, String amount, String reason) {
    }

    record SectionSplitRequest(String sectionCode, String personnel, @JsonProperty("public") String publicAmount,
            String project) {
    }
}
