package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代理审批: a reviewer names a proxy for a date range while away. The proxy must be another enabled
 * reviewer (科长, 财务, 主任, 数据局) who may read every document the principal decides on: one who
 * sees every section, or, for a section-bound principal, a reviewer of the same section. A
 * principal's ranges do not overlap; a range may not end in the past nor last more than a year,
 * and starts at most {@value #MAX_DAYS_BACK} days back or a year ahead. A grant counts only on its
 * days and while the proxy may still stand in ({@link ActingScope}); when it ends, what the proxy
 * had claimed through it goes back ({@link ProxyClaims}).
 */
@Service
@Transactional
@Roles.Reviewer
public class ApprovalProxies {

    /** How far back a grant may start: one entered a few days into an absence. */
    static final int MAX_DAYS_BACK = 30;

    static final Set<Role> REVIEWERS = EnumSet.of(Role.SECTION_HEAD, Role.FINANCE, Role.DIRECTOR, Role.BUREAU);

    private final ApprovalProxyRepository proxies;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;
    private final ProxyClaims claims;

    ApprovalProxies(ApprovalProxyRepository proxies, OrganizationService organization, CurrentActor currentActor,
            AuditLog audit, Clock clock, Messages messages, ProxyClaims claims) {
        this.proxies = proxies;
        this.claims = claims;
        this.messages = messages;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user's proxies, earliest first. */
    @Transactional(readOnly = true)
    public List<ApprovalProxy> mine() {
        return proxies.findByPrincipalOrderByStartsOnAsc(currentActor.get().username());
    }

    /** Who the current user may name as proxy. */
    @Transactional(readOnly = true)
    public List<AppUser> candidates() {
        Actor actor = currentActor.get();
        return organization.documentReaders().stream().filter(u -> mayStandIn(u, actor)).toList();
    }

    /** {@link #candidates}, with why there is no one. */
    @Transactional(readOnly = true)
    public Eligible candidateChoice() {
        return Eligible.of(candidates(), messages.get("proxies.error.nobody"));
    }

    /** Names a proxy for the days from {@code startsOn} to {@code endsOn}, both included. */
    public ApprovalProxy name(String proxy, LocalDate startsOn, LocalDate endsOn, String reason) {
        Actor actor = currentActor.get();
        List<FieldViolation> problems = new ArrayList<>();
        String username = proxy == null ? "" : proxy.strip();
        if (username.isEmpty()) {
            problems.add(new FieldViolation("proxy", messages.get("proxies.error.noProxy")));
        } else if (username.equals(actor.username())) {
            problems.add(new FieldViolation("proxy", messages.get("proxies.error.self")));
        } else if (organization.user(username).filter(u -> mayStandIn(u, actor)).isEmpty()) {
            problems.add(new FieldViolation("proxy", messages.get("proxies.error.notEligible", username)));
        }
        checkRange(startsOn, endsOn, problems);
        String text = checkedReason(reason, problems);
        if (problems.isEmpty() && mine().stream().anyMatch(p -> p.overlaps(startsOn, endsOn))) {
            problems.add(new FieldViolation("startsOn", messages.get("proxies.error.overlap")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ApprovalProxy saved = proxies.save(new ApprovalProxy(actor.username(), username, startsOn, endsOn, text, clock.instant()));
        audit.record(AuditRecord.of(AuditAction.PROXY_NAMED, actor.username(), actor.role().name())
            .comment(text).details(describe(saved)));
        return saved;
    }

    /** Ends a proxy of the current user's (ahead of time, or one that has not started). */
    public void cancel(long id) {
        Actor actor = currentActor.get();
        ApprovalProxy proxy = proxies.findById(id).orElseThrow(() -> new NotFoundException(messages.get("proxies.error.notFound", id)));
        if (!proxy.getPrincipal().equals(actor.username())) {
            throw new NotFoundException(messages.get("proxies.error.notFound", id));
        }
        proxies.delete(proxy);
        audit.record(AuditRecord.of(AuditAction.PROXY_CANCELLED, actor.username(), actor.role().name()).details(describe(proxy)));
        // the proxy's claims through this grant go back to the principal's group now, not at the next sweep
        proxies.flush();
        claims.releaseAfterCancel(proxy, actor);
    }

    private String describe(ApprovalProxy p) {
        return "代理人：" + organization.displayName(p.getProxy()) + "，" + p.getStartsOn() + " 至 " + p.getEndsOn();
    }

    /** An enabled reviewer other than the principal who may read all the principal decides on. */
    static boolean mayStandIn(AppUser candidate, Actor principal) {
        String section = candidate.getSection() == null ? null : candidate.getSection().getCode();
        return candidate.isEnabled() && mayStandIn(candidate.getUsername(), candidate.getRole(), section,
            principal.username(), principal.role(), principal.sectionCode());
    }

    /** {@link #mayStandIn(AppUser, Actor)} checked again when a signed-in proxy acts: the grant lasts only while it holds. */
    static boolean mayStandIn(Actor proxy, AppUser principal) {
        String section = principal.getSection() == null ? null : principal.getSection().getCode();
        return mayStandIn(proxy.username(), proxy.role(), proxy.sectionCode(), principal.getUsername(), principal.getRole(), section);
    }

    private static boolean mayStandIn(String proxy, Role proxyRole, String proxySection, String principal, Role principalRole,
            String principalSection) {
        if (!REVIEWERS.contains(proxyRole) || proxy.equals(principal)) {
            return false;
        }
        return proxyRole.seesAllSections() || principalRole.isSectionBound() && Objects.equals(proxySection, principalSection);
    }

    private void checkRange(LocalDate startsOn, LocalDate endsOn, List<FieldViolation> problems) {
        if (startsOn == null) {
            problems.add(new FieldViolation("startsOn", messages.get("proxies.error.startsOn")));
        }
        if (endsOn == null) {
            problems.add(new FieldViolation("endsOn", messages.get("proxies.error.endsOn")));
        }
        if (startsOn == null || endsOn == null) {
            return;
        }
        // a grant is for an absence now or soon, not a power parked for years (issue 12 §5)
        LocalDate today = LocalDate.now(clock);
        if (startsOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            problems.add(new FieldViolation("startsOn", messages.get("proxies.error.startsTooEarly", today.minusDays(MAX_DAYS_BACK))));
        } else if (startsOn.isAfter(today.plusYears(1))) {
            problems.add(new FieldViolation("startsOn", messages.get("proxies.error.startsTooLate", today.plusYears(1))));
        }
        if (endsOn.isBefore(startsOn)) {
            problems.add(new FieldViolation("endsOn", messages.get("proxies.error.endsBeforeStart")));
        } else if (endsOn.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldViolation("endsOn", messages.get("proxies.error.endsBeforeToday")));
        } else if (endsOn.isAfter(startsOn.plusYears(1))) {
            problems.add(new FieldViolation("endsOn", messages.get("proxies.error.overAYear")));
        }
    }

    private String checkedReason(String reason, List<FieldViolation> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldViolation("reason", messages.get("proxies.error.reason")));
        } else if (reason.length() > DocumentOperations.MAX_REASON_LENGTH) {
            problems.add(new FieldViolation("reason", messages.get("operations.error.reasonTooLong", DocumentOperations.MAX_REASON_LENGTH)));
        } else if (InputChecks.hasControlCharacters(reason)) {
            problems.add(new FieldViolation("reason", InputChecks.controlCharacterMessage(messages.get("proxies.label.reason"))));
        }
        return reason == null ? null : reason.strip();
    }
}
