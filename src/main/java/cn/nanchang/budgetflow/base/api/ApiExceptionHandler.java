package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns application exceptions into JSON answers with a Chinese message: 400 naming the field,
 * 403, 404, 409; anything unexpected becomes a 500 without a stack trace (it is logged instead).
 */
@RestControllerAdvice(basePackages = "cn.nanchang.budgetflow")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiError> invalid(ValidationException e) {
        FieldViolation first = e.violations().get(0);
        return answer(HttpStatus.BAD_REQUEST, first.field() + "：" + first.message(), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return fieldProblem(field, "api.error.badFormat");
        }
        String notJson = messages.get("api.error.notJson");
        return answer(HttpStatus.BAD_REQUEST, notJson, List.of(new FieldViolation("body", notJson)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(e.getName(), "api.error.badFormat");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return fieldProblem(e.getParameterName(), "api.error.required");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, messages.get("api.error.noSuchEndpoint"), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        return answer(HttpStatus.FORBIDDEN, e instanceof ForbiddenException ? e.getMessage() : messages.get("api.error.forbidden"), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return answer(HttpStatus.CONFLICT, messages.get("api.error.stale"), List.of());
    }

    /** The database rolled this request back to let a concurrent one through (deadlock, lock wait): nothing was stored. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ApiError> lockLost(PessimisticLockingFailureException e) {
        log.info("lost a lock to a concurrent request, answered as 409: {}", e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, messages.get("api.error.lockLost"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.info("integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, messages.get("api.error.integrity"), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, messages.get("api.error.method", e.getMethod()), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("api.error.mediaType"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected error in API call", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("api.error.unexpected"), List.of());
    }

    /** A 400 about one field: "field：message" on top, and the field named in the list. */
    private ResponseEntity<ApiError> fieldProblem(String field, String key) {
        String message = messages.get(key);
        return answer(HttpStatus.BAD_REQUEST, field + "：" + message, List.of(new FieldViolation(field, message)));
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message, List<FieldViolation> errors) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
    }

    /** lines[0].amount from Jackson's reference path. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
