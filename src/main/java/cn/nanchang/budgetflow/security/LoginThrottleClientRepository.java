package cn.nanchang.budgetflow.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleClientRepository extends JpaRepository<LoginThrottleClient, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LoginThrottleClient c where c.address = ?1")
    Optional<LoginThrottleClient> lockByAddress(String address);

    /** A plain insert, failing on a row that exists (see {@link LoginThrottleRepository#insertEmpty}). */
    @Modifying
    @Query(value = "insert into login_throttle_client (address, failed_count, last_failed_at) values (?1, 0, ?2)", nativeQuery = true)
    void insertEmpty(String address, Instant now);

    List<LoginThrottleClient> findByAttemptsFailedCountGreaterThanOrderByAddress(int count);

    @Modifying
    @Query("delete from LoginThrottleClient c where c.attempts.lastFailedAt < ?1 and (c.blockedUntil is null or c.blockedUntil < ?1)")
    int deleteQuietSince(Instant cutoff);
}
