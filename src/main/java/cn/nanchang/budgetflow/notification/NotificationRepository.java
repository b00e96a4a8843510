package cn.nanchang.budgetflow.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    // JPQL, not a derived query: Hibernate 6 caches the plan of a JPQL string but builds and translates a derived
    // query's criteria tree on every call, which a profile of the approval showed (issue 17 §1). No list parameter
    // either (the caller picks the kinds): a query with one is planned again on every call too.
    @Query("select n from Notification n where n.link = ?1 and n.readAt is null")
    List<Notification> findByLinkAndReadAtIsNull(String link);

    List<Notification> findByRecipientAndLinkAndReadAtIsNull(String recipient, String link);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);
}
