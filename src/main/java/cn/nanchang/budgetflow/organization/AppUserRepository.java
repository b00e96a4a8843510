package cn.nanchang.budgetflow.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findByUsernameOrDisplayNameContaining(String username, String displayNamePart);
}
