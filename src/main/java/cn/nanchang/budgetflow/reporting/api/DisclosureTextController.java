package cn.nanchang.budgetflow.reporting.api;

import cn.nanchang.budgetflow.reporting.DisclosureTextService;
import cn.nanchang.budgetflow.reporting.DisclosureTextService.YearTexts;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disclosure's texts of a year (单位概况, 人员构成, reasons, 机关运行经费, vehicles, 名词解释): read
 * by 财务, 中心主任 and 审计; replaced as a whole by 财务, with the version read (null for a year not
 * yet stored) so that a concurrent edit answers 409 instead of being overwritten.
 */
@RestController
@RequestMapping("/api/v1/reports/{year}/disclosure/texts")
@Tag(name = "预算公开")
class DisclosureTextController {

    private final DisclosureTextService texts;

    DisclosureTextController(DisclosureTextService texts) {
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "预算公开文字：单位概况、人员构成、变动原因、机关运行经费、车辆、名词解释（未保存的年度以上年为起点）")
    YearTexts read(@PathVariable int year) {
        return texts.get(year);
    }

    @PutMapping
    @Operation(summary = "财务保存预算公开文字（逐字段留痕；提交公开后冻结）")
    YearTexts save(@PathVariable int year, @RequestBody(required = false) TextsRequest request) {
        return texts.save(year, request == null ? null : request.texts(), request == null ? null : request.version());
    }

    record TextsRequest(Long version, DisclosureTexts texts) {
    }
}
