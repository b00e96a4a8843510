package cn.nanchang.budgetflow.project.api;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentSummaryResponse;
import cn.nanchang.budgetflow.project.ProjectApplication;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project expenditure applications over HTTP, with the budget drafts' semantics: the section
 * comes from the caller, status changes only through submit, withdraw and task decisions
 * (/api/v1/tasks), and the history is at /api/v1/documents/{id}/history.
 */
@RestController
@RequestMapping("/api/v1/project-applications")
@Tag(name = "项目支出申报")
class ProjectApplicationController {

    private final ProjectApplicationService applications;
    private final DocumentLifecycle lifecycle;
    private final DocumentQueries queries;

    ProjectApplicationController(ProjectApplicationService applications, DocumentLifecycle lifecycle, DocumentQueries queries) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "项目支出申报列表（可按年度、科室、状态筛选）")
    List<DocumentSummaryResponse> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String section, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return queries.list(new DocumentFilter(DocumentType.PROJECT_APPLICATION, fiscalYear, section, status),
                Math.max(0, offset), limit)
            .stream().map(DocumentSummaryResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "新建项目支出申报（本人科室）")
    ResponseEntity<ProjectApplicationResponse> create(@RequestBody ApplicationRequest request) {
        ProjectApplicationResponse created = ProjectApplicationResponse.of(applications.create(request.input()));
        return ResponseEntity.created(URI.create("/api/v1/project-applications/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取项目支出申报，含成本明细和绩效目标表")
    ProjectApplicationResponse get(@PathVariable long id) {
        return ProjectApplicationResponse.of(applications.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改项目支出申报（草稿或已退回时）；带 version 时按乐观锁检查")
    ProjectApplicationResponse update(@PathVariable long id, @RequestBody ApplicationRequest request) {
        return ProjectApplicationResponse.of(applications.update(id, request.version(), request.input()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交审批；已退回的申报重新提交")
    ProjectApplicationResponse submit(@PathVariable long id) {
        lifecycle.submit(id, ProjectApplication.class);
        return ProjectApplicationResponse.of(applications.get(id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（科长审核前）")
    ProjectApplicationResponse withdraw(@PathVariable long id) {
        lifecycle.withdraw(id, ProjectApplication.class);
        return ProjectApplicationResponse.of(applications.get(id));
    }

    /** Request body of create and update; amounts in yuan as strings, months as "2023-01". */
    record ApplicationRequest(Long version, Integer fiscalYear, String name, String category, String overview,
            String legalBasis, String implementingBody, String periodStart, String periodEnd, String annualBudget,
            List<ProjectApplicationInput.CostLineInput> costLines, List<ProjectApplicationInput.IndicatorInput> indicators) {

        ProjectApplicationInput input() {
            return new ProjectApplicationInput(fiscalYear, name, category, overview, legalBasis, implementingBody,
                periodStart, periodEnd, annualBudget, costLines, indicators);
        }
    }
}
