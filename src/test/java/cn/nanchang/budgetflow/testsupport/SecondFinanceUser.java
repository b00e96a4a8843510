package cn.nanchang.budgetflow.testsupport;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A second member of the finance group (财务乙), with the demo password, so that a finance task
 * has someone to be transferred to. The demo data has one finance user only; the administrators'
 * API would refuse the short demo password, hence straight into the directory.
 */
public final class SecondFinanceUser {

    public static final String USERNAME = "finance2";
    public static final String DISPLAY_NAME = "财务乙";

    private SecondFinanceUser() {
    }

    public static String ensure(UserDirectory directory, PasswordEncoder encoder) {
        if (!directory.exists(USERNAME)) {
            directory.save(new AppUser(USERNAME, DISPLAY_NAME, encoder.encode(ApiClient.PASSWORD), Role.FINANCE, null));
        }
        return USERNAME;
    }
}
