package cn.nanchang.budgetflow.audit.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RefusalWindowRepository extends JpaRepository<RefusalWindow, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from RefusalWindow w where w.windowKey = ?1")
    Optional<RefusalWindow> lock(String windowKey);

    @Query("select w.windowKey from RefusalWindow w where w.firstAt < ?1")
    List<String> keysStartedBefore(Instant cutoff);
}
