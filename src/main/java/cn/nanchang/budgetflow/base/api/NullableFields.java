package cn.nanchang.budgetflow.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * A component Jackson leaves out when it has no value ({@link JsonInclude} other than ALWAYS) is marked
 * {@link #MAY_BE_ABSENT} instead, so that {@link ResponseFieldsRequired} does not call it required.
 */
@Component
class NullableFields implements PropertyCustomizer {

    /** A marker only between this customizer and {@link ResponseFieldsRequired}, which removes it. */
    static final String MAY_BE_ABSENT = "x-budgetflow-may-be-absent";

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null) {
            return property;
        }
        if (Stream.of(annotations).anyMatch(a -> a instanceof JsonInclude i && i.value() != JsonInclude.Include.ALWAYS
                && i.value() != JsonInclude.Include.USE_DEFAULTS)) {
            property.addExtension(MAY_BE_ABSENT, true);
        }
        if (Stream.of(annotations).noneMatch(a -> a instanceof Nullable)) {
            return property;
        }
        if (property.get$ref() != null) {
            return new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).nullable(true);
        }
        return property.nullable(true);
    }
}
