package cn.nanchang.budgetflow.approval;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 代理审批: the principal's review tasks go to the proxy from one day to another, both included. */
@Entity
@Table(name = "approval_proxy")
public class ApprovalProxy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String principal;
    private String proxy;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String reason;
    private Instant createdAt;
    /** Whether, after the grant ended, the tasks the proxy had claimed through it went back to the principal's group. */
    private boolean claimsReleased;

    protected ApprovalProxy() {
    }

    ApprovalProxy(String principal, String proxy, LocalDate startsOn, LocalDate endsOn, String reason, Instant createdAt) {
        this.principal = principal;
        this.proxy = proxy;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }

    void claimsReleased() {
        this.claimsReleased = true;
    }

    public Long getId() {
        return id;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getProxy() {
        return proxy;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
