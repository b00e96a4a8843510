package cn.nanchang.budgetflow.administration;

/**
 * An account as the page or the API sends it, raw, so that each bad value is reported against
 * its own field. {@code role} is a role name such as SECTION_HEAD; {@code section} a section
 * code such as S03, required for 科员 and 科长 and empty for every other role. {@code username}
 * and {@code password} count only when an account is created. {@code email} is optional: where
 * e-mail notifications go, if they are switched on.
 */
public record UserInput(String username, String displayName, String role, String section, String password, String email) {
}
