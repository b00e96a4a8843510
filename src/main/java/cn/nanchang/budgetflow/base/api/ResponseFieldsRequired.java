package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every property of a response schema is required: the API writes each record component, null or not
 * (Jackson's default inclusion; {@link ApiError} leaves out an empty list and says so itself, and a component
 * with its own {@code @JsonInclude} is left out of {@code required}, see {@link NullableFields}), and
 * {@link NullableFields} marks the ones that may be null. Schemas that also appear in a request body keep
 * what their annotations say: there an absent field is the caller's choice, and the service decides; a
 * field that is not required may also be sent as null.
 */
@Component
class ResponseFieldsRequired implements OpenApiCustomizer, Ordered {

    private static final String REF = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> requests = reachable(schemas, openApi.getPaths().values().stream()
            .flatMap(p -> p.readOperations().stream())
            .map(op -> op.getRequestBody() == null ? null : op.getRequestBody().getContent()));
        Set<String> responses = reachable(schemas, openApi.getPaths().values().stream()
            .flatMap(p -> p.readOperations().stream())
            .flatMap(op -> op.getResponses().values().stream().map(r -> r.getContent())));
        requests.stream().map(schemas::get).filter(Objects::nonNull).forEach(ResponseFieldsRequired::absentMayBeNull);
        responses.removeAll(requests);
        responses.stream().map(schemas::get).filter(Objects::nonNull)
            .filter(s -> s.getProperties() != null && (s.getRequired() == null || s.getRequired().isEmpty()))
            .forEach(s -> s.setRequired(required(s)));
        schemas.values().forEach(ResponseFieldsRequired::unmark);
    }

    private static List<String> required(Schema<?> schema) {
        return schema.getProperties().entrySet().stream().filter(p -> !mayBeAbsent(p.getValue())).map(Map.Entry::getKey).toList();
    }

    private static void unmark(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema<?> property : schema.getProperties().values()) {
            if (property.getExtensions() != null) {
                property.getExtensions().remove(NullableFields.MAY_BE_ABSENT);
                if (property.getExtensions().isEmpty()) {
                    property.setExtensions(null);
                }
            }
        }
    }

    private static boolean mayBeAbsent(Schema<?> property) {
        return property.getExtensions() != null && property.getExtensions().containsKey(NullableFields.MAY_BE_ABSENT);
    }

    /** In a request body, null is read as a field left out: the optional ones accept it. */
    private static void absentMayBeNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().replaceAll((name, property) -> required.contains(name) ? property
            : property.get$ref() != null ? new ComposedSchema().allOf(List.of(property)).nullable(true) : property.nullable(true));
    }

    /** After the error answers are added, so that their schema counts as a response's. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Set<String> reachable(Map<String, Schema> schemas, Stream<Content> roots) {
        Deque<Schema> todo = new ArrayDeque<>();
        roots.filter(Objects::nonNull).flatMap(c -> c.values().stream()).map(m -> m.getSchema())
            .filter(Objects::nonNull).forEach(todo::add);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema<?> s = todo.pop();
            if (s.get$ref() != null) {
                String name = s.get$ref().substring(REF.length());
                if (seen.add(name) && schemas.containsKey(name)) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            children(s).filter(Objects::nonNull).forEach(todo::push);
        }
        return seen;
    }

    private static Stream<Schema> children(Schema<?> s) {
        Stream<Schema> props = s.getProperties() == null ? Stream.empty() : s.getProperties().values().stream();
        Stream<Schema> extra = s.getAdditionalProperties() instanceof Schema<?> a ? Stream.of(a) : Stream.empty();
        Stream<Schema> composed = Stream.of(s.getAllOf(), s.getOneOf(), s.getAnyOf()).filter(Objects::nonNull)
            .flatMap(Collection::stream);
        return Stream.of(props, extra, composed, Stream.of(s.getItems())).flatMap(x -> x);
    }
}
