package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a 代理审批 grant ends (cancelled, expired, or the proxy may no longer stand in), the tasks the
 * proxy had claimed through it go back, unclaimed, to the principal's group; each is recorded on
 * its document (代理结束，任务退回 X 所在岗位), naming the principal in the audit entry. A cancel does this
 * at once; an expiry or a lost eligibility is found by a scheduled sweep and again whenever the
 * proxy opens the inbox. Deciding never depends on it: a claim alone gives no right to a task
 * whose group is not the actor's ({@link ApprovalTasks#actionable}).
 */
@Component
class ProxyClaims {

    private final ApprovalProxyRepository proxies;
    private final ApprovalTasks tasks;
    private final ActingScope scopes;
    private final OrganizationService organization;
    private final DocumentLookup documents;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    ProxyClaims(ApprovalProxyRepository proxies, ApprovalTasks tasks, ActingScope scopes, OrganizationService organization,
            DocumentLookup documents, AuditLog audit, Messages messages, Clock clock) {
        this.proxies = proxies;
        this.tasks = tasks;
        this.scopes = scopes;
        this.organization = organization;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** After the principal cancelled a grant, in the cancel's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int releaseAfterCancel(ApprovalProxy cancelled, Actor principal) {
        return release(cancelled.getProxy(), List.of(cancelled), principal.username(), principal.role().name());
    }

    /**
     * When the proxy reads the inbox: gives back what grants that have ended since still hold. Its
     * own transaction, as the inbox only reads; cheap when nothing has ended.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void releaseLapsedOnRead(Actor proxy) {
        List<ApprovalProxy> ended = proxies.findByProxyAndEndsOnBeforeAndClaimsReleasedFalse(proxy.username(), today());
        boolean lostEligibility = proxies.findByProxyAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(proxy.username(),
            today(), today()).size() > scopes.grantsInForce(proxy).size();
        if (!ended.isEmpty() || lostEligibility) {
            release(proxy.username(), proxies.findByProxy(proxy.username()), CurrentActor.SYSTEM, null);
            ended.forEach(ApprovalProxy::claimsReleased);
        }
    }

    /** Every few minutes: grants that have ended, and proxies who may no longer stand in, give their claims back. */
    @Scheduled(cron = "${budgetflow.proxy.sweep-cron:0 */5 * * * *}")
    @Transactional
    public void sweep() {
        List<ApprovalProxy> ended = proxies.findByEndsOnBeforeAndClaimsReleasedFalse(today());
        Set<String> proxyNames = new LinkedHashSet<>();
        ended.forEach(p -> proxyNames.add(p.getProxy()));
        proxies.findByStartsOnLessThanEqualAndEndsOnGreaterThanEqual(today(), today()).forEach(p -> proxyNames.add(p.getProxy()));
        proxyNames.forEach(name -> release(name, proxies.findByProxy(name), CurrentActor.SYSTEM, null));
        ended.forEach(ApprovalProxy::claimsReleased);
    }

    /** Gives back the proxy's claims outside the groups they hold now; {@code grants} name whose groups those were. */
    private int release(String proxy, List<ApprovalProxy> grants, String by, String byRole) {
        Optional<AppUser> account = organization.user(proxy);
        List<String> groupsNow = account.filter(AppUser::isEnabled)
            .map(u -> scopes.of(AccountDetailsFactory.of(u).actor()).groups()).orElse(List.of());
        Map<OpenTask, List<String>> released = tasks.releaseClaimsOutside(proxy, groupsNow);
        released.forEach((task, groups) -> record(task, principalOf(grants, groups), by, byRole));
        return released.size();
    }

    private Optional<String> principalOf(List<ApprovalProxy> grants, List<String> groups) {
        return grants.stream().map(ApprovalProxy::getPrincipal).distinct()
            .filter(p -> organization.user(p).map(u -> ApprovalGroups.of(u.getRole(),
                u.getSection() == null ? null : u.getSection().getCode()).stream().anyMatch(groups::contains)).orElse(false))
            .findFirst();
    }

    private void record(OpenTask task, Optional<String> principal, String by, String byRole) {
        ApprovalDocument document = documents.find(task.documentId()).orElseThrow();
        String status = document.getStatus().name();
        String details = principal.map(p -> messages.get("proxies.ended.released", organization.displayName(p)))
            .orElseGet(() -> messages.get("proxies.ended.releasedGroup"));
        audit.record(AuditRecord.of(AuditAction.UNCLAIM, by, byRole)
            .document(document.documentType().name(), document.getId(), document.getNumber())
            .task(task.taskId(), task.step().name()).status(status, status).details(details)
            .onBehalfOf(principal.orElse(null)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
