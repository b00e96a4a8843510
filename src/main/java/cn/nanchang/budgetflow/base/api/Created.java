package cn.nanchang.budgetflow.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An operation that creates something and answers 201 with its address in {@code Location}: the status
 * for Spring MVC and the contract alike, and the header in the contract ({@link LocationHeader}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ResponseStatus(HttpStatus.CREATED)
public @interface Created {
}
