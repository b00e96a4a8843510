package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.workflow.OpenTask;
import cn.nanchang.budgetflow.workflow.TaskHandover;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose tasks a person may act on today: their own, and, while they stand in for someone
 * (代理审批), that person's: the tasks assigned to them and those open to their groups.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class ActingScope {

    private final ApprovalProxyRepository proxies;
    private final OrganizationService organization;
    private final TaskHandover handover;
    private final Clock clock;

    ActingScope(ApprovalProxyRepository proxies, OrganizationService organization, TaskHandover handover, Clock clock) {
        this.proxies = proxies;
        this.organization = organization;
        this.handover = handover;
        this.clock = clock;
    }

    /** The people and groups the actor acts as today; the actor comes first. */
    Scope of(Actor actor) {
        Map<String, List<String>> principals = new LinkedHashMap<>();
        proxies.findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(actor.username(), today(), today())
            .forEach(p -> organization.user(p.getPrincipal()).filter(u -> u.isEnabled()).ifPresent(u -> principals.put(
                u.getUsername(), ApprovalGroups.of(u.getRole(), u.getSection() == null ? null : u.getSection().getCode()))));
        Set<String> usernames = new LinkedHashSet<>();
        usernames.add(actor.username());
        usernames.addAll(principals.keySet());
        Set<String> groups = new LinkedHashSet<>(actor.groups());
        principals.values().forEach(groups::addAll);
        return new Scope(actor, List.copyOf(usernames), List.copyOf(groups), principals);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a person acts as: their own name and groups and those of the people they stand in for. */
    record Scope(Actor actor, List<String> usernames, List<String> groups, Map<String, List<String>> principals) {

        boolean standsIn() {
            return !principals.isEmpty();
        }
    }

    /**
     * The principal on whose behalf the actor would act on this task, if it is not the actor's own:
     * it is assigned to the principal, or belongs to a group of the principal's and none of the actor's.
     */
    Optional<String> principalFor(OpenTask task, Scope scope) {
        if (!scope.standsIn()) {
            return Optional.empty();
        }
        if (task.assignee() != null && !scope.actor().username().equals(task.assignee())) {
            return scope.principals().containsKey(task.assignee()) ? Optional.of(task.assignee()) : Optional.empty();
        }
        // open to a group, or claimed by the proxy from a group: whose group is it?
        List<String> candidates = handover.candidateGroups(task.taskId());
        if (scope.actor().groups().stream().anyMatch(candidates::contains)) {
            return Optional.empty();
        }
        return scope.principals().entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(candidates::contains))
            .map(Map.Entry::getKey).findFirst();
    }
}
