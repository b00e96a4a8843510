package cn.nanchang.budgetflow.personal.api;

import cn.nanchang.budgetflow.base.api.FileDownload;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.personal.Signatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's handwritten signature, as a PNG. */
@RestController
@RequestMapping("/api/v1/me/signature")
@Tag(name = "手写签名")
class MySignatureController {

    private final Signatures signatures;
    private final Messages messages;

    MySignatureController(Signatures signatures, Messages messages) {
        this.signatures = signatures;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "我的手写签名（PNG）；未设置时 404")
    @FileDownload(FileDownload.PNG)
    ResponseEntity<byte[]> get() {
        byte[] png = signatures.mine().orElseThrow(() -> new NotFoundException(messages.get("signature.none")));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @PutMapping(consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "保存（或重画）手写签名：请求体为 PNG 图片，不超过60KB，不能为空白")
    void put(@RequestBody(required = false) byte[] png) {
        signatures.save(png);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "清除手写签名")
    void delete() {
        signatures.clear();
    }
}
