package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
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
 * Whose tasks a person may act on now: their own, and, while they stand in for someone
 * (代理审批), that person's: the tasks assigned to them and those open to their groups.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class ActingScope {

    private final ApprovalProxyRepository proxies;
    private final OrganizationService organization;
    private final TaskHandover handover;
    private final Clock clock;
    private final AuditLog audit;

    ActingScope(ApprovalProxyRepository proxies, OrganizationService organization, TaskHandover handover, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.proxies = proxies;
        this.organization = organization;
        this.handover = handover;
        this.clock = clock;
    }

    /**
     * The people and groups the actor acts as now; the actor comes first. A grant counts only on
     * its days and while the proxy may still stand in for the principal (both enabled, the proxy
     * a reviewer who may read what the principal decides: one moved to another section loses it).
     */
    Scope of(Actor actor) {
        Map<String, List<String>> principals = new LinkedHashMap<>();
        grantsInForce(actor).forEach(u -> principals.put(u.getUsername(), ApprovalGroups.of(u.getRole(), sectionOf(u))));
        Set<String> usernames = new LinkedHashSet<>();
        usernames.add(actor.username());
        usernames.addAll(principals.keySet());
        Set<String> groups = new LinkedHashSet<>(actor.groups());
        principals.values().forEach(groups::addAll);
        return new Scope(actor, List.copyOf(usernames), List.copyOf(groups), principals);
    }

    /** The principals whose grants to this actor are in force and whom the actor may still stand in for. */
    List<AppUser> grantsInForce(Actor actor) {
        return proxies.findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(actor.username(), today(), today())
            .stream().map(p -> organization.user(p.getPrincipal())).flatMap(Optional::stream)
            .filter(principal -> principal.isEnabled() && ApprovalProxies.mayStandIn(actor, principal))
            .toList();
    }

    /**
     * The record marked as an action for {@code principal}, if there is one: 代 X first in the
     * details (what the history and the 审批单 show) and the principal in a field of its own (what
     * the auditors search and export).
     */
    AuditRecord attributed(AuditRecord record, Optional<String> principal) {
        return principal.map(p -> {
            String mark = "代 " + organization.displayName(p);
            return record.details(record.details() == null ? mark : mark + "；" + record.details()).onBehalfOf(p);
        }).orElse(record);
    }

    /** {@link #attributed(AuditRecord, Optional)} for an action on this task by this actor. */
    AuditRecord attributed(AuditRecord record, OpenTask task, Actor actor) {
        return attributed(record, principalFor(task, of(actor)));
    }

    /**
     * For an action that undoes one the actor took earlier (撤回 an approval, 减签): whom that one was
     * taken for, if anyone. It must still be someone the actor stands in for now.
     *
     * @throws ConflictException if the grant it was taken under is no longer in force
     */
    Optional<String> principalOfEarlier(long documentId, AuditAction earlier, String step, Actor actor) {
        Optional<String> principal = audit.documentTrail(documentId).stream()
            .filter(e -> e.getAction() == earlier && actor.username().equals(e.getActor()))
            .filter(e -> step == null || step.equals(e.getStep()))
            .reduce((a, b) -> b).map(AuditEntry::getOnBehalfOf);
        if (principal.isPresent() && !of(actor).principals().containsKey(principal.get())) {
            throw new ConflictException(Messages.text("proxies.error.grantEnded", organization.displayName(principal.get())));
        }
        return principal;
    }

    private static String sectionOf(AppUser user) {
        return user.getSection() == null ? null : user.getSection().getCode();
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
