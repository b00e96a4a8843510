package cn.nanchang.budgetflow.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

    /** Row-locked: the decision to check a password and the count it adds are one step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from LoginThrottleEntry e where e.username = ?1")
    Optional<LoginThrottleEntry> lockByUsername(String username);

    /**
     * A plain insert, failing on a row that exists: {@code save} would merge a new entity into a row
     * a parallel attempt had just inserted and counted in, and so reset its count.
     */
    @Modifying
    @Query(value = "insert into login_throttle (username, failed_count, last_failed_at) values (?1, 0, ?2)", nativeQuery = true)
    void insertEmpty(String username, Instant now);

    List<LoginThrottleEntry> findByAttemptsFailedCountGreaterThanOrderByUsername(int count);

    @Modifying
    @Query("delete from LoginThrottleEntry e where e.attempts.lastFailedAt < ?1")
    int deleteQuietSince(Instant cutoff);
}
