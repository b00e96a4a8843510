package cn.nanchang.budgetflow.personal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommonOpinionRepository extends JpaRepository<CommonOpinion, Long> {

    List<CommonOpinion> findByUsernameOrderByPositionAscIdAsc(String username);

    Optional<CommonOpinion> findByIdAndUsername(long id, String username);

    long countByUsername(String username);
}
