package cn.nanchang.budgetflow.base;

import java.util.List;

/** Input rejected as a whole; nothing of it has been stored. Answered with 400. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
