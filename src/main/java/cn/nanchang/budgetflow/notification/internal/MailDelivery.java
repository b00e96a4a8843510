package cn.nanchang.budgetflow.notification.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.notification.NotificationSent;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a copy of each notification by e-mail to recipients with an address, once the
 * transaction that stored it has committed, on another thread: a slow or broken mail server
 * never rolls back or holds up an approval. A failed send is logged; the in-app notification
 * stands. Switched on by {@code budgetflow.mail.enabled=true} (see {@link MailConfiguration}).
 */
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender sender;
    private final Function<String, Optional<String>> addresses;
    private final Executor executor;
    private final String from;
    private final String baseUrl;

    public MailDelivery(JavaMailSender sender, Function<String, Optional<String>> addresses, Executor executor,
            String from, String baseUrl) {
        this.sender = sender;
        this.addresses = addresses;
        this.executor = executor;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Called after the commit of the transaction that stored the notification. */
    public void deliver(NotificationSent sent) {
        addresses.apply(sent.recipient()).ifPresent(address -> executor.execute(() -> send(address, sent)));
    }

    private void send(String address, NotificationSent sent) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(Messages.text("mail.subject", sent.title()));
        mail.setText((sent.body() == null ? "" : sent.body()) + (sent.link() == null ? "" : "\n\n" + baseUrl + sent.link()));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("E-mail notification {} to {} not sent: {}", sent.id(), sent.recipient(), e.getMessage());
        }
    }
}
