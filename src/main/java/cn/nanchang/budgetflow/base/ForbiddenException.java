package cn.nanchang.budgetflow.base;

/** The caller is known and may see the thing, but may not do this to it. Answered with 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
