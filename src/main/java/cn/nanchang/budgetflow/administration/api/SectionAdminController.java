package cn.nanchang.budgetflow.administration.api;

import cn.nanchang.budgetflow.administration.SectionAccount;
import cn.nanchang.budgetflow.administration.SectionAdministration;
import cn.nanchang.budgetflow.administration.SectionInput;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.api.Created;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 科室管理 over HTTP, for administrators only (the service refuses everyone else with 403). */
@RestController
@RequestMapping("/api/v1/admin/sections")
@Tag(name = "科室管理")
class SectionAdminController {

    private final SectionAdministration sections;
    private final Messages messages;

    SectionAdminController(SectionAdministration sections, Messages messages) {
        this.sections = sections;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "全部科室（含已停用），按排序：编码、名称、排序、科长、是否启用")
    List<SectionAccount> list() {
        return sections.list();
    }

    @GetMapping("/{sectionCode}")
    @Operation(summary = "一个科室")
    SectionAccount get(@PathVariable("sectionCode") String code) {
        return sections.get(code);
    }

    @PostMapping
    @Operation(summary = "新建科室：code（如 S07，创建后不可修改）、name（不超过30字，不可重名）、sortOrder、head（本科室科长的用户名，可不填）")
    @Created
    ResponseEntity<SectionAccount> create(@RequestBody SectionInput input) {
        SectionAccount created = sections.create(input);
        return ResponseEntity.created(URI.create("/api/v1/admin/sections/" + created.code())).body(created);
    }

    @PutMapping("/{sectionCode}")
    @Operation(summary = "修改名称、排序、科长（编码不可修改；科长须是本科室已启用的科长账号）")
    SectionAccount change(@PathVariable("sectionCode") String code, @RequestBody SectionInput input) {
        return sections.change(code, input);
    }

    @PostMapping("/{sectionCode}/disable")
    @Operation(summary = "停用科室：不能再起草新单据、不能再安排人员；已有单据和审批照常进行")
    SectionAccount disable(@PathVariable("sectionCode") String code) {
        return sections.disable(code);
    }

    @PostMapping("/{sectionCode}/enable")
    @Operation(summary = "启用科室")
    SectionAccount enable(@PathVariable("sectionCode") String code) {
        return sections.enable(code);
    }

    @DeleteMapping("/{sectionCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除科室：仅限没有任何单据和人员的科室（如编码录错）；否则 409，请改为停用")
    void delete(@PathVariable("sectionCode") String code) {
        sections.delete(code);
    }

    @GetMapping("/changes")
    @Operation(summary = "科室变更记录（最新在前）：谁、何时、对哪个科室、各字段修改前后的值")
    List<UserAdminController.ChangeResponse> changes(@RequestParam(defaultValue = "100") int limit) {
        return sections.changeLog(limit).stream().map(e -> UserAdminController.change(e, messages)).toList();
    }
}
