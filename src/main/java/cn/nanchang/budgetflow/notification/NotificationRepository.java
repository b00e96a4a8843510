package cn.nanchang.budgetflow.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByLinkAndReadAtIsNullAndKindIn(String link, Collection<NotificationKind> kinds);

    List<Notification> findByRecipientAndLinkAndReadAtIsNull(String recipient, String link);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);
}
