package cn.nanchang.budgetflow.procurement;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which economic classes may pay for which procurement category, read from the table
 * procurement_funding_class (V44): salaries (301) and payments to persons (303) never buy goods,
 * works or services. The class of a line is the first three digits of its economic code.
 */
@Service
@Transactional(readOnly = true)
public class FundingClasses {

    private final FundingClassRepository rules;

    FundingClasses(FundingClassRepository rules) {
        this.rules = rules;
    }

    /** The rules as a lookup, read once per call so that a corrected table takes effect at once. */
    public Rules rules() {
        Map<ProcurementCategory, Map<String, String>> allowed = new EnumMap<>(ProcurementCategory.class);
        for (ProcurementCategory category : ProcurementCategory.values()) {
            allowed.put(category, new TreeMap<>());
        }
        rules.findAll().forEach(r -> allowed.get(r.category()).put(r.economicClass(), r.label()));
        return new Rules(allowed);
    }

    /** The allow-list at one moment: per category, the allowed classes with their labels ("302" → "302 商品和服务支出"). */
    public record Rules(Map<ProcurementCategory, Map<String, String>> allowed) {

        public boolean mayFund(String economicCode, ProcurementCategory category) {
            return economicCode != null && economicCode.length() >= 3
                && allowed.get(category).containsKey(economicCode.substring(0, 3));
        }

        /** The categories a line of this economic code may pay for; empty for salaries. */
        public Set<ProcurementCategory> categoriesFor(String economicCode) {
            Set<ProcurementCategory> out = EnumSet.noneOf(ProcurementCategory.class);
            for (ProcurementCategory category : ProcurementCategory.values()) {
                if (mayFund(economicCode, category)) {
                    out.add(category);
                }
            }
            return out;
        }

        /** The classes allowed for a category with their names, for messages: "302 商品和服务支出、310 资本性支出". */
        public String classesFor(ProcurementCategory category) {
            return String.join("、", new TreeMap<>(allowed.get(category)).values());
        }
    }
}
