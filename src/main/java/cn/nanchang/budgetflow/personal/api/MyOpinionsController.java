package cn.nanchang.budgetflow.personal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.personal.CommonOpinion;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own 常用意见. */
@RestController
@RequestMapping("/api/v1/me/opinions")
@Tag(name = "常用意见")
class MyOpinionsController {

    private final CommonOpinions opinions;

    MyOpinionsController(CommonOpinions opinions) {
        this.opinions = opinions;
    }

    @GetMapping
    @Operation(summary = "我的常用意见（按我排列的顺序）；choices 为审批表单可选的意见，列表为空时为默认意见")
    OpinionList list() {
        return new OpinionList(opinions.mine().stream().map(OpinionResponse::of).toList(), opinions.choices());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增一条常用意见（最多30条，每条不超过200字），排在最后")
    OpinionResponse add(@RequestBody(required = false) OpinionRequest request) {
        return OpinionResponse.of(opinions.add(request == null ? null : request.text()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改一条常用意见")
    OpinionResponse edit(@PathVariable long id, @RequestBody(required = false) OpinionRequest request) {
        return OpinionResponse.of(opinions.edit(id, request == null ? null : request.text()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除一条常用意见")
    void delete(@PathVariable long id) {
        opinions.delete(id);
    }

    @PutMapping("/order")
    @Operation(summary = "调整顺序：ids 为全部常用意见的编号，按新的顺序")
    List<OpinionResponse> reorder(@RequestBody(required = false) OrderRequest request) {
        return opinions.reorder(request == null ? null : request.ids()).stream().map(OpinionResponse::of).toList();
    }

    record OpinionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    record OrderRequest(List<Long> ids) {
    }

    record OpinionResponse(long id, int position, String text) {
        static OpinionResponse of(CommonOpinion o) {
            return new OpinionResponse(o.getId(), o.getPosition(), o.getText());
        }
    }

    record OpinionList(List<OpinionResponse> opinions, List<String> choices) {
    }
}
