package cn.nanchang.budgetflow.notification.internal;

import cn.nanchang.budgetflow.notification.NotificationSent;
import cn.nanchang.budgetflow.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail notifications, off unless {@code budgetflow.mail.enabled=true}; the SMTP server is
 * Spring Boot's {@code spring.mail.*} (host, port, username, password).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "budgetflow.mail.enabled", havingValue = "true")
class MailConfiguration {

    @Bean
    ThreadPoolTaskExecutor mailExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("mail-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10_000);
        return executor;
    }

    @Bean
    MailDelivery mailDelivery(JavaMailSender sender, OrganizationService organization, ThreadPoolTaskExecutor mailExecutor,
            @Value("${budgetflow.mail.from:budgetflow@localhost}") String from,
            @Value("${budgetflow.mail.base-url:http://localhost:8080/}") String baseUrl) {
        return new MailDelivery(sender, organization::emailOf, mailExecutor, from, baseUrl);
    }

    @Bean
    AfterCommitMail afterCommitMail(MailDelivery delivery) {
        return new AfterCommitMail(delivery);
    }

    /** Hands each stored notification to the mail delivery once its transaction has committed. */
    static class AfterCommitMail {

        private final MailDelivery delivery;

        AfterCommitMail(MailDelivery delivery) {
            this.delivery = delivery;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        public void onSent(NotificationSent sent) {
            delivery.deliver(sent);
        }
    }
}
