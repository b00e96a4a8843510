package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** The 200 of a {@link FileDownload} operation: binary content of its media types. */
@Component
class FileDownloads implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        FileDownload download = handlerMethod.getMethodAnnotation(FileDownload.class);
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (download != null && ok != null) {
            Content content = new Content();
            for (String type : download.value()) {
                content.addMediaType(type, new MediaType().schema(new BinarySchema()));
            }
            ok.content(content).description("文件 / the file");
        }
        return operation;
    }
}
