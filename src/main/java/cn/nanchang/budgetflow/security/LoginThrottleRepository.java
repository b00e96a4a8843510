package cn.nanchang.budgetflow.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

    /** Row-locked, so that parallel wrong guesses for one name are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from LoginThrottleEntry e where e.username = ?1")
    Optional<LoginThrottleEntry> lockByUsername(String username);

    List<LoginThrottleEntry> findByLockedUntilAfterOrderByUsername(Instant now);
}
