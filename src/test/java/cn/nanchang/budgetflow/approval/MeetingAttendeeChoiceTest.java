package cn.nanchang.budgetflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 参会人员 at 主任办公会 are picked from the org tree: the director, who records the meeting, is
 * offered the unit's people, and no one else may read the list through this door.
 */
@ApiTestContext
class MeetingAttendeeChoiceTest {

    private final DocumentReview review;
    private final UserDetailsService accounts;

    MeetingAttendeeChoiceTest(@Autowired DocumentReview review, @Autowired UserDetailsService accounts) {
        this.review = review;
        this.accounts = accounts;
    }

    @Test
    void the_director_is_offered_the_units_enabled_people_and_no_administrator() {
        Eligible choice = SignedIn.as(accounts, "director", review::attendeeChoice);

        assertThat(choice.people()).extracting(AppUser::getDisplayName).contains("徐振东", "杨秀英", "王建华");
        assertThat(choice.people()).allSatisfy(u -> {
            assertThat(u.isEnabled()).isTrue();
            assertThat(u.getRole()).isNotEqualTo(Role.ADMIN);
        });
        assertThat(choice.whyNone()).isNull();
    }

    @Test
    void nobody_but_the_director_may_ask_for_it() {
        for (String user : new String[] {"staff1", "head1", "finance", "bureau", "auditor", "admin"}) {
            assertThatThrownBy(() -> SignedIn.as(accounts, user, review::attendeeChoice))
                .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
