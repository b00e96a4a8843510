package cn.nanchang.budgetflow.document.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer to a copy: the new document as its type reads, the number of the document it was
 * copied from, and each thing that did not carry over as it was (a line left out, a name or period
 * changed), in words, so that a client can show the drafter exactly what to look at.
 */
public record CopyResponse<P>(P document, String copiedFrom,
        @ArraySchema(arraySchema = @Schema(description = "未原样复制的内容及原因（如未复制的明细、改动的名称）；全部原样复制时为空"))
        List<String> notes) {
}
