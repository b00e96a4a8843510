package cn.nanchang.budgetflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bootstrap of the first administrator (issue 20 §1) is refused on a database that has one: the
 * demo database has {@code admin}. Creation on an empty database is {@code BootstrapAdminIT}'s subject.
 */
@ApiTestContext
class FirstAdministratorTest {

    private final FirstAdministrator first;
    private final UserDirectory directory;

    FirstAdministratorTest(@Autowired FirstAdministrator first, @Autowired UserDirectory directory) {
        this.first = first;
        this.directory = directory;
    }

    @Test
    void is_refused_while_an_administrator_exists_and_stores_nothing() {
        assertThatThrownBy(() -> first.create("chief2", "王工", "Erst3-Zugang9", "命令行:test"))
            .isInstanceOf(ConflictException.class).hasMessageContaining("已有系统管理员");
        assertThat(directory.exists("chief2")).isFalse();
    }
}
