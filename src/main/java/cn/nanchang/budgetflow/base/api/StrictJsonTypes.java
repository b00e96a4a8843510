package cn.nanchang.budgetflow.base.api;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON boolean or number where the contract says text ({@code {"text":true}}) is refused as a 400 naming
 * the field (issue 21 §4), instead of being stored as "true": Jackson's default turns any scalar into a
 * string. Amounts are text in the contract too, so {@code "amount": 12.5} is refused the same way.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonTypes {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer textIsText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
