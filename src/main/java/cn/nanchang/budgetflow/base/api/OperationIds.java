package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.Operation;
import java.beans.Introspector;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids that say what they do and stay put, {@code budgetDraftCreate} rather than springdoc's
 * {@code create_3} (whose number depends on the order controllers are found): a generated client's method
 * names come from them (issue 21 §3).
 */
@Component
class OperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        String controller = ClassUtils.getUserClass(handlerMethod.getBeanType()).getSimpleName().replaceFirst("Controller$", "");
        String method = handlerMethod.getMethod().getName();
        return operation.operationId(Introspector.decapitalize(controller) + Character.toUpperCase(method.charAt(0)) + method.substring(1));
    }
}
