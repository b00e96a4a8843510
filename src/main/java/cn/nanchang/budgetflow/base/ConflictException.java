package cn.nanchang.budgetflow.base;

/** The request came too late: a task already completed, an edit on a stale version, a state that moved on. Answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
