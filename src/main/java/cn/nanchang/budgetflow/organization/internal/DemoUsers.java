package cn.nanchang.budgetflow.organization.internal;

import cn.nanchang.budgetflow.organization.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts (password demo123) when budgetflow.demo-data=true. They are made
 * at start-up rather than by a migration so that no account with a known password ever exists
 * in a database that was not started in demo mode.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "budgetflow.demo-data", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo123";

    /** Staff and head (its 科长 of record) of each of the seed's six sections S01…S06, in the order of DOMAIN.md §1. */
    private static final String[][] SECTION_PEOPLE = {
        {"李晓明", "王建华"}, {"陈思远", "刘国强"}, {"赵雅婷", "孙立新"},
        {"周子涵", "吴海峰"}, {"郑欣怡", "黄志刚"}, {"何俊杰", "林文斌"},
    };

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One hash for all: the demo password is published in the README, so a salt per account protects nothing,
        // while bcrypt's deliberate slowness, paid 17 times, was a tenth of seeding the demo (issue 17 §4).
        // Hashed only if an account is missing, so a restart on existing data hashes nothing.
        Supplier<String> hash = new Supplier<>() {
            private String once;

            @Override
            public String get() {
                if (once == null) {
                    once = accounts.hash(PASSWORD);
                }
                return once;
            }
        };
        for (int i = 0; i < SECTION_PEOPLE.length; i++) {
            String code = "S0" + (i + 1);
            accounts.ensure("staff" + (i + 1), SECTION_PEOPLE[i][0], hash, Role.STAFF, code);
            accounts.ensure("head" + (i + 1), SECTION_PEOPLE[i][1], hash, Role.SECTION_HEAD, code);
            accounts.ensureHead(code, "head" + (i + 1));
        }
        List.of(
                new String[] {"finance", "杨秀英", "FINANCE"},
                new String[] {"director", "徐振东", "DIRECTOR"},
                new String[] {"bureau", "马丽华", "BUREAU"},
                new String[] {"auditor", "朱明远", "AUDITOR"},
                new String[] {"admin", "高原", "ADMIN"})
            .forEach(u -> accounts.ensure(u[0], u[1], hash, Role.valueOf(u[2]), null));
    }
}
