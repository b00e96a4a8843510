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

    List<LoginThrottleEntry> findByFailedCountGreaterThanOrderByUsername(int count);

    @Modifying
    @Query("delete from LoginThrottleEntry e where e.lastFailedAt < ?1")
    int deleteQuietSince(Instant cutoff);
}
