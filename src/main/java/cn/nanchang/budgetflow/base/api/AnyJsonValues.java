package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The values of a {@code Map<String, Object>} answer (an operation's outcome: ids, statuses, texts) are any
 * JSON value; springdoc would call each of them a JSON object, which no string or number is.
 */
@Component
class AnyJsonValues implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (openApi.getComponents().getSchemas() != null) {
            todo.addAll(openApi.getComponents().getSchemas().values());
        }
        openApi.getPaths().values().stream().flatMap(p -> p.readOperations().stream())
            .flatMap(op -> Stream.concat(
                op.getRequestBody() == null || op.getRequestBody().getContent() == null ? Stream.empty()
                    : op.getRequestBody().getContent().values().stream(),
                op.getResponses().values().stream().filter(r -> r.getContent() != null).flatMap(r -> r.getContent().values().stream())))
            .map(m -> m.getSchema()).filter(Objects::nonNull).forEach(todo::add);
        while (!todo.isEmpty()) {
            Schema<?> s = todo.pop();
            if (s.getAdditionalProperties() instanceof Schema<?> values) {
                if ("object".equals(values.getType()) && values.getProperties() == null && values.get$ref() == null) {
                    s.setAdditionalProperties(new Schema<>());
                } else {
                    todo.push(values);
                }
            }
            if (s.getItems() != null) {
                todo.push(s.getItems());
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(todo::push);
            }
        }
    }
}
