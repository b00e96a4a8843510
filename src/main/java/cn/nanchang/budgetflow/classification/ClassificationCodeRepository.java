package cn.nanchang.budgetflow.classification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassificationCodeRepository extends JpaRepository<ClassificationCode, ClassificationCode.Key> {

    // JPQL, not a derived query: Hibernate 6 caches the plan of a JPQL string but builds and translates a derived
    // query's criteria tree on every call, which a profile of the approval showed (issue 17 §1).
    @Query("select c from ClassificationCode c where c.scheme = ?1 order by c.code")
    List<ClassificationCode> findBySchemeOrderByCode(Scheme scheme);
}
