package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.FieldViolation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every API error: status, a human-readable Chinese message and, for 400, the fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String message, List<FieldViolation> errors) {
}
