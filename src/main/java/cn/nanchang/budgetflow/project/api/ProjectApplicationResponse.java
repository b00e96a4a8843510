package cn.nanchang.budgetflow.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application as the API returns it; amounts are yuan as exact decimal strings, months "2023-01".
 * {@code projectCode} and {@code approvedAt} come with the approval; {@code purpose}, a cost line's note and a
 * qualitative indicator's unit are optional input.
 */
record ProjectApplicationResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
        String status, long version, String drafter, String drafterName, String name, String category, String overview,
        String legalBasis, String implementingBody, String periodStart, String periodEnd, String annualBudget,
        String totalAmount, @Nullable String projectCode, @Nullable Instant approvedAt, List<CostLineResponse> costLines,
        List<IndicatorResponse> indicators, Instant createdAt, Instant updatedAt, @Nullable String purpose) {

    static ProjectApplicationResponse of(ProjectApplicationDetails d) {
        return new ProjectApplicationResponse(d.id(), DocumentType.PROJECT_APPLICATION.name(), d.number(), d.sectionCode(),
            d.sectionName(), d.fiscalYear(), d.status().name(), d.version(), d.drafter(), d.drafterName(), d.name(),
            d.category().name(), d.overview(), d.legalBasis(), d.implementingBody(), d.periodStart().toString(),
            d.periodEnd().toString(), d.annualBudget().toString(), d.annualBudget().toString(), d.projectCode(),
            d.approvedAt(), d.costLines().stream().map(CostLineResponse::of).toList(),
            d.indicators().stream().map(IndicatorResponse::of).toList(), d.createdAt(), d.updatedAt(), d.purpose());
    }

    record CostLineResponse(int lineNo, String functionCode, String functionName, String economicCode,
            String economicName, String amount, @Nullable String note) {

        static CostLineResponse of(ProjectApplicationDetails.CostLine l) {
            return new CostLineResponse(l.lineNo(), l.functionCode(), l.functionName(), l.economicCode(),
                l.economicName(), l.amount().toString(), l.note());
        }
    }

    @Schema(name = "ProjectIndicatorResponse")
    record IndicatorResponse(int lineNo, String level1, String level1Name, String category, String categoryName,
            String name, String direction, String directionSymbol, String targetValue, @Nullable String unit, @Nullable String weight,
            @Nullable String note) {

        static IndicatorResponse of(ProjectApplicationDetails.Indicator i) {
            BigDecimal w = i.weight();
            return new IndicatorResponse(i.lineNo(), i.level1Code(), i.level1Name(), i.categoryCode(), i.categoryName(),
                i.name(), i.direction().name(), i.direction().symbol(), i.targetValue(), i.unit(),
                w == null ? null : w.toPlainString(), i.note());
        }
    }
}
