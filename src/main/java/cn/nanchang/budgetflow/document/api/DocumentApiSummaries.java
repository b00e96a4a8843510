package cn.nanchang.budgetflow.document.api;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Fills the placeholders of {@link DocumentTypeController}'s summaries from the concrete
 * controller's {@link DocumentApi}, so that each type's endpoints read as if written for it.
 */
@Component
class DocumentApiSummaries implements OperationCustomizer {

    static final String NOUN = "{noun}";
    static final String GET = "{get}";
    static final String SUBMIT = "{submit}";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        DocumentApi api = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), DocumentApi.class);
        if (api != null && operation.getSummary() != null) {
            operation.setSummary(operation.getSummary().replace(NOUN, api.noun()).replace(GET, api.get())
                .replace(SUBMIT, api.submit()));
        }
        return operation;
    }
}
