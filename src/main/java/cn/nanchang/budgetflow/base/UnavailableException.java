package cn.nanchang.budgetflow.base;

/**
 * Something the server itself lacks (e.g. the font a PDF needs is not installed): not the caller's fault and
 * not worth retrying until an operator acts. Answered with 503 and a message that says what is missing.
 */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
