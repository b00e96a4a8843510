package cn.nanchang.budgetflow.project.api;

import cn.nanchang.budgetflow.base.InputChecks;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentApi;
import cn.nanchang.budgetflow.document.api.DocumentTypeController;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.document.api.CopyResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project expenditure applications over HTTP: the endpoints every document type has ({@link
 * DocumentTypeController}); the history is at /api/v1/documents/{id}/history.
 */
@RestController
@RequestMapping("/api/v1/project-applications")
@Tag(name = "项目支出申报")
@DocumentApi(noun = "项目支出申报", get = "读取项目支出申报，含成本明细和绩效目标表", submit = "提交审批；已退回的申报重新提交")
class ProjectApplicationController extends DocumentTypeController<ProjectApplicationDetails,
        ProjectApplicationController.ApplicationRequest, ProjectApplicationInput, ProjectApplicationResponse> {

    private final ProjectApplicationService applications;

    ProjectApplicationController(ProjectApplicationService applications, DocumentQueries queries) {
        super(applications, queries, DocumentType.PROJECT_APPLICATION);
        this.applications = applications;
    }

    /** 409 for a source that is still a draft, or that the year being prepared refuses as a whole. */
    @PostMapping("/{id}/copy")
    @Operation(summary = "复制本科室已提交过的项目申报为本年度新项目（草稿；不含项目库编号和附件；改动在 notes 中说明）")
    @Created
    ResponseEntity<CopyResponse<ProjectApplicationResponse>> copy(@PathVariable long id) {
        return copied(applications.copyAsNew(id));
    }

    @Override
    protected ProjectApplicationResponse response(ProjectApplicationDetails details) {
        return ProjectApplicationResponse.of(details);
    }

    /** Request body of create and update; amounts in yuan as strings, months as "2023-01". */
    record ApplicationRequest(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = InputChecks.MIN_YEAR_TEXT, maximum = InputChecks.MAX_YEAR_TEXT) Integer fiscalYear, String name, String category, String overview,
            String legalBasis, String implementingBody, String periodStart, String periodEnd, String annualBudget,
            List<ProjectApplicationInput.CostLineInput> costLines, List<ProjectApplicationInput.IndicatorInput> indicators,
            String purpose) implements Body<ProjectApplicationInput> {

        @Override
        public ProjectApplicationInput input() {
            return new ProjectApplicationInput(fiscalYear, name, category, overview, legalBasis, implementingBody,
                periodStart, periodEnd, annualBudget, costLines, indicators, purpose);
        }
    }
}
