package cn.nanchang.budgetflow.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    // JPQL, not a derived query: Hibernate 6 caches the plan of a JPQL string but builds and translates a derived
    // query's criteria tree on every call, which a profile of the approval showed (issue 17 §1).
    @Query("select u from AppUser u where u.username = ?1")
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** Enabled accounts with their sections in one query: reading each lazy section cost a query per person. */
    @Query("select u from AppUser u left join fetch u.section where u.enabled = true order by u.username")
    List<AppUser> findEnabledWithSection();

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    long countBySection(OrgUnit section);

    long countBySectionAndEnabledTrue(OrgUnit section);

    List<AppUser> findByUsernameOrDisplayNameContaining(String username, String displayNamePart);
}
