package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.base.ValidationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns application exceptions into JSON answers with a Chinese message: 400 naming the field,
 * 403, 404, 406, 409, 413; anything unexpected becomes a 500 without a stack trace (it is logged instead).
 * Every answer is JSON, whatever the request asked for.
 */
@RestControllerAdvice(basePackages = "cn.nanchang.budgetflow")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String ENGINE_OPTIMISTIC_LOCK = "org.camunda.bpm.engine.OptimisticLockingException";
    /** Jackson's words for a key given twice (spring.jackson.parser.strict-duplicate-detection). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate (?:field|Object property) '([^']{1,100})'");

    /** The largest file an upload may carry (spring.servlet.multipart.max-file-size), as the refusal shows it. */
    private static final String UPLOAD_LIMIT_SHOWN = "20 MB";

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
        if (causedBy(e, RequestBodyLimit.TooLarge.class)) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("api.error.tooLarge", RequestBodyLimit.SHOWN), List.of());
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            Matcher duplicate = t instanceof StreamReadException read && read.getOriginalMessage() != null
                ? DUPLICATE_KEY.matcher(read.getOriginalMessage()) : null;
            if (duplicate != null && duplicate.find()) {
                return fieldProblem(readingAt((StreamReadException) t, duplicate.group(1)), "api.error.duplicateKey");
            }
        }
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

    /** A multipart request without the part, e.g. an upload without its {@code file}. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return fieldProblem(e.getRequestPartName(), "api.error.required");
    }

    /**
     * An upload over the servlet's multipart limit (spring.servlet.multipart.*, above the 20 MB an attachment may
     * have): 413 in JSON with the limit, as for an oversized JSON body. Must come before {@link MultipartException}.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        String message = messages.get("api.error.uploadTooLarge", UPLOAD_LIMIT_SHOWN);
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldViolation("file", message)));
    }

    /** A body that claims to be multipart but cannot be read as such: the file is what is missing. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badMultipart(MultipartException e) {
        return fieldProblem("file", "api.error.badMultipart");
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

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ApiError> unavailable(UnavailableException e) {
        log.error("unavailable: {}", e.getMessage(), e.getCause());
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
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

    /** Asked for a format the API does not speak (e.g. XML): 406, said in JSON, the one format it does speak. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, messages.get("api.error.notAcceptable"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (lostOptimisticRace(e)) {
            log.info("lost an optimistic race, answered as 409: {}", e.getMessage());
            return answer(HttpStatus.CONFLICT, messages.get("api.error.stale"), List.of());
        }
        log.error("unexpected error in API call", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("api.error.unexpected"), List.of());
    }

    /** A 400 about one field: "field：message" on top, and the field named in the list. */
    private ResponseEntity<ApiError> fieldProblem(String field, String key) {
        String message = messages.get(key);
        return answer(HttpStatus.BAD_REQUEST, field + "：" + message, List.of(new FieldViolation(field, message)));
    }

    /**
     * Always JSON, whatever the request's Accept says: a preset content type skips content negotiation,
     * which would otherwise fail on {@code Accept: application/xml} and turn any error into a 500.
     */
    static ResponseEntity<ApiError> answer(HttpStatus status, String message, List<FieldViolation> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(status.value(), message, errors));
    }

    /**
     * Whether somewhere in the chain a concurrent change won: JPA's or the engine's optimistic lock (a
     * drafter's 撤回 racing the 科长's approval ends in the engine's {@code OptimisticLockingException},
     * possibly wrapped). The engine's type is known by name: only the workflow module imports the engine.
     */
    static boolean lostOptimisticRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException || t instanceof jakarta.persistence.OptimisticLockException
                    || ENGINE_OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** lines[0].amount from where the parser stood when it stopped; the bare key if it cannot tell. */
    private static String readingAt(StreamReadException e, String key) {
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        if (parser == null) {
            return key;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? key : path.startsWith(".") ? path.substring(1) : path;
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
