package cn.nanchang.budgetflow.security;

import java.time.Instant;

/** Events of the API tokens, recorded in the audit log by the audit module. Never carry the token itself. */
public final class ApiTokenEvents {

    private ApiTokenEvents() {
    }

    /** A token was issued to the signed-in person. */
    public record Issued(Actor to, long tokenId, Instant expiresAt) {
    }

    /** The signed-in person revoked the token they called with. */
    public record Revoked(Actor by, long tokenId) {
    }
}
