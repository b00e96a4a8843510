package cn.nanchang.budgetflow.classification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassificationCodeRepository extends JpaRepository<ClassificationCode, ClassificationCode.Key> {

    List<ClassificationCode> findBySchemeOrderByCode(Scheme scheme);
}
