package cn.nanchang.budgetflow.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, an existing unkeyed chain gets its keyed entry over the current
 * head (the migration: nothing older is rewritten), and a rotated key or switched suite its
 * opening entry, without waiting for the next recorded action.
 */
@Component
class KeySegmentOnStartup {

    private final AuditLog log;

    KeySegmentOnStartup(AuditLog log) {
        this.log = log;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openSegment() {
        log.openKeySegment();
    }
}
