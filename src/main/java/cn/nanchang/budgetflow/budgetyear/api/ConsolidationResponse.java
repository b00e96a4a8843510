package cn.nanchang.budgetflow.budgetyear.api;

import org.springframework.lang.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Consolidation;
import cn.nanchang.budgetflow.budgetyear.ConsolidationLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consolidation as the API answers it: amounts are yuan as exact decimal strings, each with what
 * was requested, what is proposed and the cut between them; kinds by their names (BASIC_PERSONNEL,
 * BASIC_PUBLIC, PROJECT); codes with their Chinese names.
 */
record ConsolidationResponse(int fiscalYear, String round, String roundName, AmountsResponse total,
        Map<String, AmountsResponse> byKind, List<SectionResponse> sections, List<ClassResponse> byFunctionClass,
        List<ClassResponse> byEconomicClass, List<ProjectResponse> projects, List<ThreePublicResponse> threePublic,
        List<LineResponse> lines) {

    static ConsolidationResponse of(Consolidation c, Messages messages) {
        return new ConsolidationResponse(c.fiscalYear(), c.round().name(), messages.get(c.round().labelKey()),
            AmountsResponse.of(c.total()), byKind(c.byKind()),
            c.sections().stream().map(s -> new SectionResponse(s.sectionCode(), s.sectionName(), byKind(s.byKind()),
                AmountsResponse.of(s.total()))).toList(),
            c.byFunctionClass().stream().map(r -> new ClassResponse(r.label(), AmountsResponse.of(r.amounts()))).toList(),
            c.byEconomicClass().stream().map(r -> new ClassResponse(r.label(), AmountsResponse.of(r.amounts()))).toList(),
            c.projects().stream().map(p -> new ProjectResponse(p.projectId(), p.projectCode(), p.projectName(),
                p.sectionCode(), p.sectionName(), AmountsResponse.of(p.amounts()))).toList(),
            c.threePublic().stream().map(t -> new ThreePublicResponse(t.economicCode(), t.economicName(), t.sectionCode(),
                t.sectionName(), t.lastYear() == null ? null : t.lastYear().toString(), AmountsResponse.of(t.amounts()),
                t.above())).toList(),
            c.lines().stream().map(LineResponse::of).toList());
    }

    private static Map<String, AmountsResponse> byKind(Map<ExpenditureKind, Consolidation.Amounts> amounts) {
        Map<String, AmountsResponse> byKind = new LinkedHashMap<>();
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            byKind.put(kind.name(), AmountsResponse.of(amounts.getOrDefault(kind, Consolidation.Amounts.ZERO)));
        }
        return byKind;
    }

    record AmountsResponse(String requested, String proposed, String cut) {

        static AmountsResponse of(Consolidation.Amounts a) {
            return new AmountsResponse(a.requested().toString(), a.proposed().toString(), a.cut().toString());
        }
    }

    record SectionResponse(String sectionCode, String sectionName, Map<String, AmountsResponse> byKind,
            AmountsResponse total) {
    }

    record ClassResponse(String label, AmountsResponse amounts) {
    }

    @Schema(name = "ConsolidationProjectResponse")
    record ProjectResponse(long projectId, String projectCode, String projectName, String sectionCode,
            String sectionName, AmountsResponse amounts) {
    }

    /**
     * sectionCode is null on the unit's row of a code; lastYear is null when last year has no approved budget
     * in the system; {@code aboveLastYear}: proposed above last year's approved.
     */
    record ThreePublicResponse(String economicCode, String economicName, @Nullable String sectionCode, @Nullable String sectionName,
            @Nullable String lastYear, AmountsResponse amounts, boolean aboveLastYear) {
    }

    /** A request line: draftId and lineNo are what a cut names; cutReason is set on cut lines only. */
    @Schema(name = "ConsolidationLineResponse")
    record LineResponse(String sectionCode, String sectionName, long draftId, String draftNumber, int lineNo, String kind,
            String functionCode, String functionName, String economicCode, String economicName, @Nullable Long projectId,
            @Nullable String projectCode, @Nullable String projectName, String requested, String proposed, @Nullable String cutReason) {

        static LineResponse of(ConsolidationLine l) {
            return new LineResponse(l.sectionCode(), l.sectionName(), l.draftId(), l.draftNumber(), l.lineNo(),
                l.kind().name(), l.functionCode(), l.functionName(), l.economicCode(), l.economicName(), l.projectId(),
                l.projectCode(), l.projectName(), l.requested().toString(), l.proposed().toString(), l.cutReason());
        }
    }
}
