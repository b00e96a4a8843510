package cn.nanchang.budgetflow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.notification.NotificationSent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail notifications against an in-process SMTP server (GreenMail). */
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Map<String, String> ADDRESSES = Map.of("head1", "head1@nanchang.example");

    @Test
    void a_notification_goes_by_mail_to_a_recipient_with_an_address_with_its_link() throws Exception {
        delivery(smtp.getSmtp().getPort()).deliver(notice("head1"));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("head1@nanchang.example");
        assertThat(mail.getSubject()).isEqualTo("【预算审批系统】催办：预算草案 YS-2026-S01-001");
        assertThat(GreenMailUtil.getBody(mail)).contains("http://budget.example/budget-drafts/42");
    }

    @Test
    void a_recipient_without_an_address_gets_no_mail() {
        delivery(smtp.getSmtp().getPort()).deliver(notice("staff1"));

        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
    }

    @Test
    void an_unreachable_mail_server_is_logged_not_thrown_so_the_approval_stands() {
        int closedPort = smtp.getSmtp().getPort() + 1;
        assertThatCode(() -> delivery(closedPort).deliver(notice("head1"))).doesNotThrowAnyException();
    }

    private static MailDelivery delivery(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        // Runnable::run: the test's thread sends, so that what GreenMail received is there to check
        return new MailDelivery(sender, user -> Optional.ofNullable(ADDRESSES.get(user)), Runnable::run,
            "budgetflow@nanchang.example", "http://budget.example");
    }

    private static NotificationSent notice(String recipient) {
        return new NotificationSent(7, recipient, NotificationKind.CHASED, "催办：预算草案 YS-2026-S01-001",
            "经办人催办 预算草案 YS-2026-S01-001：科长审核", "budget-drafts/42");
    }
}
