package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An /api address that no controller serves is a JSON 404 like every other API error (issue 12 §5).
 * {@link ApiExceptionHandler} applies to our controllers only, and such a request has none; this
 * advice applies to every handler but answers /api addresses only: any other unknown address is
 * left to the UI's own "page not found" (rethrowing makes Spring fall back to its default handling).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownApiAddress {

    private final Messages messages;

    UnknownApiAddress(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ApiError> unknown(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return ApiExceptionHandler.answer(HttpStatus.NOT_FOUND, messages.get("api.error.noSuchEndpoint"), List.of());
    }

    /** A method the address does not serve is found before any controller is chosen: a JSON 405 too (issue 21 §4). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return ApiExceptionHandler.answer(HttpStatus.METHOD_NOT_ALLOWED, messages.get("api.error.method", e.getMethod()), List.of());
    }
}
