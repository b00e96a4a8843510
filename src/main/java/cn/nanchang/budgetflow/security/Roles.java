package cn.nanchang.budgetflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a service method, named once: each annotation here is a {@link PreAuthorize} with
 * the role list it stands for, so a service says {@code @Roles.Reviewer} instead of repeating
 * {@code hasAnyRole('SECTION_HEAD','FINANCE','DIRECTOR','BUREAU')}. The roles are those of
 * {@link cn.nanchang.budgetflow.organization.Role}. Finer checks (own section, own task, a proxy's
 * grant) stay in the services, at the moment of the action.
 */
public final class Roles {

    private Roles() {
    }

    /** Everyone who reads documents: the five working roles and the auditors. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU','AUDITOR')")
    public @interface Reader {
    }

    /** Everyone who works on documents, drafting or reviewing; not the auditors, who act on nothing. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU')")
    public @interface Participant {
    }

    /** The approvers: 科长, 财务审核, 中心主任 and 数据局. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('SECTION_HEAD','FINANCE','DIRECTOR','BUREAU')")
    public @interface Reviewer {
    }

    /** 科员, who draft documents. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('STAFF')")
    public @interface Staff {
    }

    /** 财务 (综合科). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('FINANCE')")
    public @interface Finance {
    }

    /** 中心主任. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('DIRECTOR')")
    public @interface Director {
    }

    /** 数据局 (the bureau), who set the ceilings and approve the unit's budget. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('BUREAU')")
    public @interface Bureau {
    }

    /** 审计, who read everything and act on nothing. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('AUDITOR')")
    public @interface Auditor {
    }

    /** The system administrator (用户管理). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admin {
    }

    /** Who read the budget disclosure before it is published: 财务, the director, the auditors and the administrator. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('FINANCE','DIRECTOR','AUDITOR','ADMIN')")
    public @interface DisclosureReader {
    }

    /** Anyone signed in; the service checks the rest (e.g. only the drafter chases). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("isAuthenticated()")
    public @interface SignedIn {
    }

    /** Who compute the disclosure afresh from the approved documents: 财务, the director and the auditors. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('FINANCE','DIRECTOR','AUDITOR')")
    public @interface DisclosureComputer {
    }

    /** Who verify the audit chain (审计链校验): the auditors and the administrator. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    public @interface AuditChainReader {
    }
}
