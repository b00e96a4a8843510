package cn.nanchang.budgetflow.project.api;

import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The project library (项目库): approved projects with their codes, for funding budget lines. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "项目库")
class ProjectLibraryController {

    private final ProjectLibrary library;

    ProjectLibraryController(ProjectLibrary library) {
        this.library = library;
    }

    @GetMapping
    @Operation(summary = "项目库：已批复的项目（可按年度、科室筛选；科员和科长只看本科室）")
    List<ProjectResponse> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String section) {
        return library.list(fiscalYear, section).stream().map(ProjectResponse::of).toList();
    }

    record ProjectResponse(long id, String projectCode, String name, String category, String section,
            String sectionName, int fiscalYear, String annualBudget, Instant approvedAt) {

        static ProjectResponse of(ApprovedProject p) {
            return new ProjectResponse(p.id(), p.projectCode(), p.name(), p.category().name(), p.sectionCode(),
                p.sectionName(), p.fiscalYear(), p.annualBudget().toString(), p.approvedAt());
        }
    }
}
