package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.organization.AppUser;
import java.util.List;

/**
 * The people who may be chosen for an action (转办, 委派, 加签, 抄送, 代理), and when there is
 * none, why: the service knows the rule, so the picker need not guess.
 */
public record Eligible(List<AppUser> people, String whyNone) {

    public Eligible {
        people = List.copyOf(people);
        whyNone = people.isEmpty() ? whyNone : null;
    }

    static Eligible of(List<AppUser> people, String whyNone) {
        return new Eligible(people, whyNone);
    }
}
