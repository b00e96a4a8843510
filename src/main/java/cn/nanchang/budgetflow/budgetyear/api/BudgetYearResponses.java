package cn.nanchang.budgetflow.budgetyear.api;

import org.springframework.lang.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.ApprovableLine;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYearSummary;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.SectionRequestState;
import cn.nanchang.budgetflow.budgetyear.SplitState;
import cn.nanchang.budgetflow.budgetyear.UnitCeilings;
import cn.nanchang.budgetflow.budgetyear.VersionTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The budget year's answers as JSON: amounts in yuan as strings with two decimals ("1282200.00"),
 * dates as ISO dates, enums by name; maps keyed by round, kind, section or version name.
 */
final class BudgetYearResponses {

    private BudgetYearResponses() {
    }

    record YearSummary(int fiscalYear, String round, @Nullable String stage, Map<String, LocalDate> deadlines, String openedBy,
            String openedByName, Instant openedAt) {

        static YearSummary of(BudgetYearSummary s) {
            Map<String, LocalDate> deadlines = new LinkedHashMap<>();
            deadlines.put("ONE_UP", s.oneUpDeadline());
            deadlines.put("TWO_UP", s.twoUpDeadline());
            return new YearSummary(s.fiscalYear(), s.round().name(), s.stage() == null ? null : s.stage().name(), deadlines,
                s.openedBy(), s.openedByName(), s.openedAt());
        }
    }

    record Year(int fiscalYear, String round, @Nullable String stage, Map<String, LocalDate> deadlines, String instructions,
            String openedBy, String openedByName, Instant openedAt, @Nullable Document ceilings, @Nullable Document approval, @Nullable LocalDate publishDue,
            @Nullable Ceilings unitCeilings, @Nullable Split split, List<Section> sections, List<Version> versions) {

        static Year of(BudgetYearDetails d) {
            return new Year(d.fiscalYear(), d.round().name(), d.stage() == null ? null : d.stage().name(),
                keyed(d.deadlines(), Enum::name, Function.identity()), d.instructions(), d.openedBy(), d.openedByName(),
                d.openedAt(), d.ceilings() == null ? null : new Document(d.ceilings().ref(), d.ceilings().date()),
                d.approval() == null ? null : new Document(d.approval().ref(), d.approval().date()), d.publishDue(),
                d.unitCeilings() == null ? null : Ceilings.of(d.unitCeilings()), d.split() == null ? null : Split.of(d.split()),
                d.sections().stream().map(Section::of).toList(), d.versions().stream().map(Version::of).toList());
        }
    }

    record Document(String ref, LocalDate date) {
    }

    record Ceilings(Map<String, String> byKind, List<ProjectCeiling> projects) {

        static Ceilings of(UnitCeilings c) {
            return new Ceilings(yuan(c.byKind()), c.projects().stream().map(ProjectCeiling::of).toList());
        }
    }

    record ProjectCeiling(long projectId, String projectCode, String projectName, String sectionCode, String amount) {

        static ProjectCeiling of(UnitCeilings.ProjectCeiling p) {
            return new ProjectCeiling(p.projectId(), p.projectCode(), p.projectName(), p.sectionCode(), p.amount().toString());
        }
    }

    /** {@code approvedBy} and {@code approvedAt} once approved. */
    record Split(List<SectionCeilings> sections, @Nullable Map<String, String> unallocated, String recordedBy,
            Instant recordedAt, boolean approved, @Nullable String approvedBy, @Nullable Instant approvedAt) {

        static Split of(SplitState s) {
            return new Split(s.sections().stream().map(SectionCeilings::of).toList(),
                s.unallocated() == null ? null : yuan(s.unallocated()), s.recordedBy(), s.recordedAt(), s.approved(),
                s.approvedBy(), s.approvedAt());
        }
    }

    record SectionCeilings(String sectionCode, String sectionName, Map<String, String> byKind, List<ProjectCeiling> projects) {

        static SectionCeilings of(SplitState.SectionCeilings s) {
            return new SectionCeilings(s.sectionCode(), s.sectionName(), yuan(s.byKind()),
                s.projects().stream().map(ProjectCeiling::of).toList());
        }
    }

    record Section(String sectionCode, String sectionName, @Nullable String round, @Nullable Long requestId, @Nullable String requestNumber, @Nullable String status,
            boolean overdue, boolean excused, @Nullable String excuseReason) {

        static Section of(SectionRequestState s) {
            return new Section(s.sectionCode(), s.sectionName(), s.round().name(), s.requestId(), s.requestNumber(),
                s.status() == null ? null : s.status().name(), s.overdue(), s.excused(), s.excuseReason());
        }
    }

    record Version(String version, String total, Map<String, String> byKind, Map<String, String> bySection,
            String recordedBy, Instant recordedAt) {

        static Version of(VersionTotals v) {
            return new Version(v.version().name(), v.total().toString(), yuan(v.byKind()),
                keyed(v.bySection(), Function.identity(), Money::toString), v.recordedBy(), v.recordedAt());
        }
    }

    /** The project fields are null for a basic expenditure, {@code approvedAmount} until approved. */
    record Line(long lineId, long requestId, String requestNumber, int lineNo, String sectionCode, String sectionName,
            String kind, String functionCode, String functionName, String economicCode, String economicName,
            @Nullable Long projectId, @Nullable String projectCode, @Nullable String projectName, String amount,
            @Nullable String approvedAmount) {

        static Line of(ApprovableLine l) {
            return new Line(l.lineId(), l.requestId(), l.requestNumber(), l.lineNo(), l.sectionCode(), l.sectionName(),
                l.kind().name(), l.functionCode(), l.functionName(), l.economicCode(), l.economicName(), l.projectId(),
                l.projectCode(), l.projectName(), l.amount().toString(), l.approved() == null ? null : l.approved().toString());
        }
    }

    record ComparisonResponse(int fiscalYear, List<String> versions, List<Row> rows, List<Total> bySection, List<Total> byKind) {

        static ComparisonResponse of(Comparison c) {
            return new ComparisonResponse(c.fiscalYear(), c.versions().stream().map(Enum::name).toList(),
                c.rows().stream().map(Row::of).toList(), c.bySection().stream().map(Total::of).toList(),
                c.byKind().stream().map(Total::of).toList());
        }
    }

    /** Codes not set at the row's level are null (see {@link Comparison.Row}). */
    @Schema(name = "ComparisonRow")
    record Row(String level, @Nullable String sectionCode, @Nullable String sectionName, String kind,
            @Nullable String functionCode, @Nullable String functionName, @Nullable String economicCode,
            @Nullable String economicName, @Nullable Long projectId, @Nullable String projectCode,
            @Nullable String projectName, Map<String, String> amounts, List<Difference> differences) {

        static Row of(Comparison.Row r) {
            return new Row(r.level().name(), r.sectionCode(), r.sectionName(), r.kind().name(), r.functionCode(),
                r.functionName(), r.economicCode(), r.economicName(), r.projectId(), r.projectCode(), r.projectName(),
                yuan(r.amounts()), r.differences().stream().map(Difference::of).toList());
        }
    }

    record Difference(String from, String to, String amount, @Nullable String reason, Source source) {

        static Difference of(Comparison.Difference d) {
            Comparison.Source s = d.source();
            return new Difference(d.from().name(), d.to().name(), d.amount().toString(), d.reason(),
                new Source(s.type().name(), s.documentId(), s.number(), s.decidedBy(), s.decidedAt()));
        }
    }

    /** {@code documentId} and {@code number} are set for documents only. */
    record Source(String type, @Nullable Long documentId, @Nullable String number, String decidedBy, Instant decidedAt) {
    }

    record Total(String key, String label, Map<String, String> amounts) {

        static Total of(Comparison.Total t) {
            return new Total(t.key(), t.label(), yuan(t.amounts()));
        }
    }

    private static <E extends Enum<E>> Map<String, String> yuan(Map<E, Money> byEnum) {
        return keyed(byEnum, Enum::name, Money::toString);
    }

    private static <K, V, W> Map<String, W> keyed(Map<K, V> map, Function<K, String> key, Function<V, W> value) {
        Map<String, W> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(key.apply(k), value.apply(v)));
        return keyed;
    }
}
