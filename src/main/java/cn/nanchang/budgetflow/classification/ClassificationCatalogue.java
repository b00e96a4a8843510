package cn.nanchang.budgetflow.classification;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogues as the other modules need them. Codes are few (dozens), so each call reads
 * the scheme whole; a cache can come when the catalogue grows to the national list. Its texts
 * come through {@link Messages#text}: validators' plain unit tests build it without Spring.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationCatalogue {

    private final ClassificationCodeRepository codes;

    ClassificationCatalogue(ClassificationCodeRepository codes) {
        this.codes = codes;
    }

    /** Leaf codes of a scheme, in code order: what a budget line may use. */
    public List<ClassificationCode> leaves(Scheme scheme) {
        return codes.findBySchemeOrderByCode(scheme).stream().filter(ClassificationCode::isLeaf).toList();
    }

    public Optional<ClassificationCode> find(Scheme scheme, String code) {
        return code == null ? Optional.empty() : codes.findById(new ClassificationCode.Key(scheme, code));
    }

    public boolean isLeaf(Scheme scheme, String code) {
        return find(scheme, code).map(ClassificationCode::isLeaf).orElse(false);
    }

    /**
     * The code as stored when it exists at leaf level (项 for functions, 款 for economic codes);
     * otherwise null, with the reason added to {@code problems} under {@code field}.
     */
    public String leafCode(Scheme scheme, String code, String field, List<FieldViolation> problems) {
        String label = Messages.text(scheme == Scheme.FUNCTION ? "classification.label.function" : "classification.label.economic");
        if (code == null || code.isBlank()) {
            problems.add(new FieldViolation(field, Messages.text("classification.error.required", label)));
            return null;
        }
        var found = find(scheme, code.strip());
        if (found.isEmpty()) {
            problems.add(new FieldViolation(field, Messages.text("classification.error.unknown", label, InputChecks.abbreviate(code))));
            return null;
        }
        if (!found.get().isLeaf()) {
            problems.add(new FieldViolation(field, Messages.text(scheme == Scheme.FUNCTION
                ? "classification.error.functionLeaf" : "classification.error.economicLeaf")));
            return null;
        }
        return found.get().getCode();
    }

    /** Every code of a scheme by its code, for summing lines up to their class (类). */
    public Map<String, ClassificationCode> index(Scheme scheme) {
        return codes.findBySchemeOrderByCode(scheme).stream()
            .collect(Collectors.toMap(ClassificationCode::getCode, Function.identity()));
    }

    /** The top-level class (类) of a code, walking up the tree. */
    public static ClassificationCode classOf(String code, Map<String, ClassificationCode> index) {
        ClassificationCode current = index.get(code);
        while (current != null && current.getParentCode() != null) {
            current = index.get(current.getParentCode());
        }
        return current;
    }
}
