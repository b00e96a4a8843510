package cn.nanchang.budgetflow.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Repeated refusals of one kind, for one name from one client, inside one window of time. */
@Entity
@Table(name = "audit_refusal_window")
class RefusalWindow {

    @Id
    private String windowKey;
    private String action;
    private String actor;
    private String actorRole;
    private String client;
    private String what;
    private int occurrences;
    private Instant firstAt;
    private Instant lastAt;

    protected RefusalWindow() {
    }


    /** The first refusal of a new window (the caller writes its entry at once). */
    void start(String role, Instant now) {
        actorRole = role;
        occurrences = 1;
        firstAt = now;
        lastAt = now;
    }

    void count(Instant now) {
        occurrences++;
        lastAt = now;
    }

    boolean open() {
        return occurrences > 0;
    }

    String getWindowKey() {
        return windowKey;
    }

    String getAction() {
        return action;
    }

    String getActor() {
        return actor;
    }

    String getActorRole() {
        return actorRole;
    }

    String getClient() {
        return client;
    }

    String getWhat() {
        return what;
    }

    int getOccurrences() {
        return occurrences;
    }

    Instant getFirstAt() {
        return firstAt;
    }

    Instant getLastAt() {
        return lastAt;
    }
}
