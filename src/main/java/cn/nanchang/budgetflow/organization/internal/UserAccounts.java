package cn.nanchang.budgetflow.organization.internal;

import cn.nanchang.budgetflow.organization.AppUser;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;

/** Creates accounts with a hashed password; idempotent so that restarts keep existing users. */
@Component
class UserAccounts {

    private final UserDirectory directory;
    private final PasswordEncoder encoder;

    UserAccounts(UserDirectory directory, PasswordEncoder encoder) {
        this.directory = directory;
        this.encoder = encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Creates the account unless it exists; {@code passwordHash} is asked for only when it is created. */
    @Transactional
    void ensure(String username, String displayName, Supplier<String> passwordHash, Role role, String sectionCode) {
        if (directory.exists(username)) {
            return;
        }
        var section = sectionCode == null ? null : directory.section(sectionCode);
        directory.save(new AppUser(username, displayName, passwordHash.get(), role, section));
    }

    /** Names the account the section's 科长 of record, unless the section has one already. */
    @Transactional
    void ensureHead(String sectionCode, String username) {
        var section = directory.section(sectionCode);
        if (section.getHeadUserId() == null) {
            directory.find(username).ifPresent(head -> section.change(section.getName(), section.getSortOrder(), head.getId()));
        }
    }
}
