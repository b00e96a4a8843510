package cn.nanchang.budgetflow.base;

/** One rejected input: the field path as the caller sent it (e.g. {@code lines[1].amount}) and a Chinese message. */
public record FieldViolation(String field, String message) {
}
