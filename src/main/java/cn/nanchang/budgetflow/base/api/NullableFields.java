package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * A record component marked {@link Nullable} is {@code nullable} in the contract (issue 21 §1): the one
 * annotation tells both the reader of the code and the API's callers that the value may be null. A
 * reference to another schema is wrapped in {@code allOf}, as OpenAPI 3.0 ignores siblings of {@code $ref}.
 */
@Component
class NullableFields implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null || Stream.of(annotations).noneMatch(a -> a instanceof Nullable)) {
            return property;
        }
        if (property.get$ref() != null) {
            return new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).nullable(true);
        }
        return property.nullable(true);
    }
}
