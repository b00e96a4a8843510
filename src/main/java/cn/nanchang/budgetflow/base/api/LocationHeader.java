package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents the {@code Location} of a {@link Created} operation's 201. */
@Component
class LocationHeader implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponse created = operation.getResponses() == null ? null : operation.getResponses().get("201");
        if (created != null && handlerMethod.hasMethodAnnotation(Created.class)) {
            created.addHeaderObject("Location", new Header().required(true).schema(new StringSchema().format("uri"))
                .description("新建对象的地址 / the address of what was created"));
        }
        return operation;
    }
}
