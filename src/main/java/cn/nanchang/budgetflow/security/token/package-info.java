/**
 * API tokens (issue 12 §4): sign in once with a password, then call /api/v1 with
 * {@code Authorization: Bearer}. Tokens are kept only as hashes and checked on every call, by
 * Spring Security's opaque-token support with a local {@link cn.nanchang.budgetflow.security.token.TokenIntrospector},
 * against the account as it is now; the caller is then the same
 * {@link cn.nanchang.budgetflow.security.AccountDetails} a password sign-in gives. Open to other
 * modules for {@link cn.nanchang.budgetflow.security.token.ApiTokens#revokeStale}, which user
 * administration calls when it changes an account.
 */
@org.springframework.modulith.NamedInterface("token")
package cn.nanchang.budgetflow.security.token;
