package cn.nanchang.budgetflow.security.internal;

import cn.nanchang.budgetflow.security.LoginThrottle;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The way in when no administrator can sign in (issue 12 §2): {@code java -jar budgetflow.jar
 * --budgetflow.unlock=admin,10.0.0.7 --server.port=0} lifts the sign-in
 * throttle of those usernames and client addresses in the database and exits: 0 when something was
 * lifted, 4 when none of them was throttled. It works whether the application is running against
 * the same database or stopped, since the throttle lives only in the database. Recorded in the audit
 * log with the operating-system user as the actor. {@code --server.port=0} keeps it off the running
 * application's port; the security configuration needs the web context, so it cannot run without one.
 */
@Component
@Order(Integer.MIN_VALUE)
@ConditionalOnProperty(name = "budgetflow.unlock")
class UnlockCommand implements ApplicationRunner {

    private final LoginThrottle throttle;
    private final ConfigurableApplicationContext context;
    private final List<String> targets;

    UnlockCommand(LoginThrottle throttle, ConfigurableApplicationContext context, @Value("${budgetflow.unlock}") List<String> targets) {
        this.throttle = throttle;
        this.context = context;
        this.targets = targets.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = SpringApplication.exit(context, () -> unlock() ? 0 : 4);
        System.exit(code);
    }

    /** Lifts each target; prints one line per target. True when at least one was throttled. */
    boolean unlock() {
        String operator = "命令行:" + System.getProperty("user.name", "?");
        boolean any = false;
        for (String target : targets) {
            boolean lifted = throttle.unlockFromCommandLine(target, operator);
            System.out.println((lifted ? "UNLOCKED " : "NOT-THROTTLED ") + target);
            any |= lifted;
        }
        return any;
    }
}
