package cn.nanchang.budgetflow.administration.api;

import cn.nanchang.budgetflow.administration.IncidentAdministration;
import cn.nanchang.budgetflow.workflow.FailedJobs.FailedJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 异常任务 over HTTP, for administrators only (the service refuses everyone else with 403). */
@RestController
@RequestMapping("/api/v1/admin/incidents")
@Tag(name = "异常任务")
class IncidentAdminController {

    private final IncidentAdministration incidents;

    IncidentAdminController(IncidentAdministration incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "重试次数用尽的后台任务（定时器、提醒、邮件）：所在流程、环节、单据、出错时间与错误信息，最早的在前")
    List<FailedJob> list() {
        return incidents.list();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "立即重试一次该任务（记入审计日志）；该任务没有未处理的异常时为 404")
    FailedJob retry(@PathVariable("id") String jobId) {
        return incidents.retry(jobId);
    }
}
