package cn.nanchang.budgetflow.audit.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefusalWindowRepository extends JpaRepository<RefusalWindow, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from RefusalWindow w where w.windowKey = ?1")
    Optional<RefusalWindow> lock(String windowKey);

    /** A plain insert, failing on a row that exists: {@code save} would merge over a window a parallel refusal opened. */
    @Modifying
    @Query(value = "insert into audit_refusal_window (window_key, action, actor, client, what, occurrences, first_at, last_at)"
        + " values (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6)", nativeQuery = true)
    void insertEmpty(String windowKey, String action, String actor, String client, String what, Instant now);

    @Query("select w.windowKey from RefusalWindow w where w.firstAt < ?1")
    List<String> keysStartedBefore(Instant cutoff);
}
