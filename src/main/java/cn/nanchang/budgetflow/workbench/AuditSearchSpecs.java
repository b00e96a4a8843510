package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.document.ApprovalDocument;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The auditors' filter as a JPA criteria query over every document, whatever its section. */
final class AuditSearchSpecs {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private AuditSearchSpecs() {
    }

    /**
     * @param people usernames the person filter stands for, or null for no person filter
     * @param actedOn documents any of those people acted on
     */
    static Specification<ApprovalDocument> of(AuditSearchFilter f, Set<String> people, Set<Long> actedOn) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.fiscalYear() != null) {
                where.add(cb.equal(root.get("fiscalYear"), f.fiscalYear()));
            }
            if (f.sectionCode() != null && !f.sectionCode().isBlank()) {
                where.add(cb.equal(root.get("section").get("code"), f.sectionCode()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (people != null) {
                Predicate drafted = people.isEmpty() ? cb.disjunction() : root.get("drafter").in(people);
                where.add(actedOn.isEmpty() ? drafted : cb.or(drafted, root.get("id").in(actedOn)));
            }
            if (f.createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), startOf(f.createdFrom())));
            }
            if (f.createdTo() != null) {
                where.add(cb.lessThan(root.get("createdAt"), startOf(f.createdTo().plusDays(1))));
            }
            if (f.minYuan() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("totalAmount"), f.minYuan()));
            }
            if (f.maxYuan() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("totalAmount"), f.maxYuan()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(BEIJING).toInstant();
    }
}
