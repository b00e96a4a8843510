package cn.nanchang.budgetflow.administration;

import java.util.List;

/**
 * What an import did, accounts and sections, with the one-time initial password of each new
 * account: shown to the administrator once, stored only as a hash, and to be replaced by its owner
 * at first sign-in.
 */
public record RosterOutcome(int added, int changed, int disabled, List<InitialPassword> passwords, int sectionsAdded,
        int sectionsChanged) {

    /** A new account's initial password, to be handed to the person by other means. */
    public record InitialPassword(String username, String displayName, String password) {
    }
}
