package cn.nanchang.budgetflow.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A person who signs in. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "section_id")
    private OrgUnit section;
    private boolean enabled = true;
    /** Where e-mail notifications go, if they are switched on; null when unknown. */
    private String email;
    /** Set for an account whose password the administrator's import chose: the person must choose their own. */
    private boolean mustChangePassword;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, OrgUnit section) {
        requireConsistent(role, section);
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.section = section;
    }

    private static void requireConsistent(Role role, OrgUnit section) {
        if (role.isSectionBound() != (section != null)) {
            throw new IllegalArgumentException(role + (role.isSectionBound() ? " needs a section" : " takes no section"));
        }
    }

    /** Changes name, role and section together, since which section fits depends on the role. The username never changes. */
    public void change(String newDisplayName, Role newRole, OrgUnit newSection) {
        requireConsistent(newRole, newSection);
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.role = newRole;
        this.section = newSection;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** A one-time password set by someone else: the person must replace it at their next sign-in. */
    public void setInitialPasswordHash(String newHash) {
        changePasswordHash(newHash);
        this.mustChangePassword = true;
    }

    /** The person's own password, which ends the duty to change an initial one. */
    public void changeOwnPasswordHash(String newHash) {
        changePasswordHash(newHash);
        this.mustChangePassword = false;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    /** The user's section, or null for roles that act for the whole unit. */
    public OrgUnit getSection() {
        return section;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
