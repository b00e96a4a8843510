package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the evidence of repeated refusals without the flood (issue 12 §2, §5): per kind, name and
 * client, the first refusal of a window is written to the audit log at once; the following ones are
 * only counted, and when the window ends (noticed by the next refusal or by the periodic check) one
 * closing entry says how many there were from when to when. A window lasts
 * {@code budgetflow.audit.refusal-window} (15 minutes).
 */
@Component
class RefusalWindows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RefusalWindowRepository windows;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration length;
    private final TransactionTemplate tx;

    RefusalWindows(RefusalWindowRepository windows, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            @Value("${budgetflow.audit.refusal-window:PT15M}") Duration length) {
        this.windows = windows;
        this.audit = audit;
        this.clock = clock;
        this.length = length;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One refusal. {@code what} is part of the key (kept short); {@code details} go into the window's first entry. */
    void refused(AuditAction action, String actor, String role, String client, String what, String details) {
        String safeClient = cut(client == null ? "unknown" : client, 64);
        String safeWhat = cut(what, 200);
        String key = cut(action.name() + "|" + actor + "|" + safeClient + "|" + safeWhat, 320);
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(s -> {
                if (!windows.existsById(key)) {
                    windows.insertEmpty(key, action.name(), actor, safeClient, safeWhat, now);
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // the parallel refusal created it
        }
        tx.executeWithoutResult(s -> {
            RefusalWindow window = windows.lock(key).orElseThrow();
            if (window.open() && !ended(window, now)) {
                window.count(now);
                return;
            }
            if (window.open()) {
                close(window);
            }
            window.start(role, now);
            audit.record(AuditRecord.of(action, actor, role).details(cut(details + "；来自 " + safeClient, 4000)));
        });
    }

    /** Writes the closing entries of windows that have ended and forgets them. */
    @Scheduled(fixedDelayString = "${budgetflow.audit.refusal-window-check:PT1M}")
    void closeEnded() {
        closeStartedBefore(clock.instant().minus(length));
    }

    void closeStartedBefore(Instant cutoff) {
        for (String key : windows.keysStartedBefore(cutoff)) {
            tx.executeWithoutResult(s -> windows.lock(key).filter(w -> w.getFirstAt().isBefore(cutoff)).ifPresent(w -> {
                if (w.open()) {
                    close(w);
                }
                windows.delete(w);
            }));
        }
    }

    private boolean ended(RefusalWindow window, Instant now) {
        return !window.getFirstAt().plus(length).isAfter(now);
    }

    /** Only a window with repeats needs a closing entry: a single refusal is already fully recorded. */
    private void close(RefusalWindow w) {
        if (w.getOccurrences() > 1) {
            audit.record(AuditRecord.of(AuditAction.valueOf(w.getAction()), w.getActor(), w.getActorRole())
                .details(cut(w.getWhat() + "；来自 " + w.getClient() + "，" + time(w.getFirstAt()) + " 至 " + time(w.getLastAt())
                    + " 共 " + w.getOccurrences() + " 次（首次已单独记录）", 4000)));
        }
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() > max ? t.substring(0, max) : t;
    }
}
