package cn.nanchang.budgetflow.base;

/**
 * The thing does not exist, or the caller may not know that it does: a document of another
 * section is answered exactly like a missing one so that existence does not leak. Answered with 404.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
