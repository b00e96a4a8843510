package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.personal.Signatures;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The deciders' handwritten signatures as an {@code <img>} can show them, for the pages that put
 * a signature next to a decision (the approval sheet, the progress timeline). The caller has
 * checked that its reader may see the document.
 */
@Component
public class SignatureImages {

    /** The steps that are someone's decision: a signature goes next to them, not next to a submission or a copy. */
    private static final Set<AuditAction> DECISIONS = EnumSet.of(AuditAction.APPROVE, AuditAction.RETURN,
        AuditAction.COLLECTIVE_DECISION, AuditAction.RETURN_TO_STEP);

    private final Signatures signatures;

    SignatureImages(Signatures signatures) {
        this.signatures = signatures;
    }

    /** For each of these audit entries, its maker's signature if it is a decision and they have drawn one, else null. */
    public Function<AuditEntry, String> ofDecisions(List<AuditEntry> entries) {
        Map<String, String> signed = of(entries.stream().filter(e -> DECISIONS.contains(e.getAction()))
            .map(AuditEntry::getActor).collect(Collectors.toSet()));
        return e -> DECISIONS.contains(e.getAction()) ? signed.get(e.getActor()) : null;
    }

    /** The PNG data URL of each of these people who has drawn a signature. */
    private Map<String, String> of(Collection<String> usernames) {
        return signatures.of(usernames).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
            s -> "data:image/png;base64," + Base64.getEncoder().encodeToString(s.getValue())));
    }
}
