package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Comparison.Difference;
import cn.nanchang.budgetflow.budgetyear.Comparison.Level;
import cn.nanchang.budgetflow.budgetyear.Comparison.Row;
import cn.nanchang.budgetflow.budgetyear.Comparison.Source;
import cn.nanchang.budgetflow.budgetyear.Comparison.SourceType;
import cn.nanchang.budgetflow.budgetyear.Comparison.Total;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Puts a year's versions side by side ({@link Comparison}): rows at four levels, the difference
 * between each two consecutive versions a row has, and where each difference comes from. A version
 * the year has but a row has no figure in counts as 0 there (a line 二上 dropped, a section the
 * split gave nothing). Reasons are those recorded on the later version's figures (a cut's reason).
 */
final class ComparisonBuilder {

    private static final List<VersionKind> LINE_VERSIONS = List.of(VersionKind.ONE_UP, VersionKind.TWO_UP, VersionKind.APPROVED,
        VersionKind.ADJUSTED);
    private static final List<VersionKind> SECTION_VERSIONS = List.of(VersionKind.ONE_UP, VersionKind.SPLIT, VersionKind.TWO_UP,
        VersionKind.APPROVED, VersionKind.ADJUSTED);

    /** What the rows are labelled with and the sources point to. */
    record Context(int fiscalYear, Map<String, String> sectionNames, Map<String, String> functionNames,
            Map<String, String> economicNames, Map<Long, ProjectInfo> projects, Map<Long, RequestInfo> requests,
            Map<VersionKind, DocumentRef> proposals, String ceilingsRef, String approvalRef, String splitApprovedBy,
            Instant splitApprovedAt, Map<ExpenditureKind, String> kindLabels) {
    }

    record ProjectInfo(String code, String name, String sectionCode) {
    }

    record RequestInfo(String number, String drafter, Instant updatedAt) {
    }

    record DocumentRef(long id, String number) {
    }

    private record LineKey(String section, ExpenditureKind kind, String function, String economic, Long project) {
    }

    private final Versions versions;
    private final Context context;
    private final Sight sight;
    /**
     * Each version's figures filed once by line and by project: finding a row's figures by scanning all the year's
     * figures for every row made a year of six sections × 500 lines take rows × figures (1,200 × 9,000) tests.
     */
    private final Map<VersionKind, Map<LineKey, List<BudgetFigure>>> byLine = new EnumMap<>(VersionKind.class);
    private final Map<VersionKind, Map<Long, List<BudgetFigure>>> byProject = new EnumMap<>(VersionKind.class);

    private ComparisonBuilder(Versions versions, Context context, Sight sight) {
        this.versions = versions;
        this.context = context;
        this.sight = sight;
        for (VersionKind v : versions.present()) {
            Map<LineKey, List<BudgetFigure>> lines = new LinkedHashMap<>();
            Map<Long, List<BudgetFigure>> projects = new LinkedHashMap<>();
            for (BudgetFigure f : versions.figures(v)) {
                lines.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
                // a project's ceiling is the bureau's (no section); a section's split has no project
                if (f.getProjectId() != null && (v != VersionKind.CEILINGS || f.getSectionCode() == null)) {
                    projects.computeIfAbsent(f.getProjectId(), k -> new ArrayList<>()).add(f);
                }
            }
            byLine.put(v, lines);
            byProject.put(v, projects);
        }
    }

    static Comparison build(Versions versions, Context context, Sight sight) {
        return new ComparisonBuilder(versions, context, sight).build();
    }

    private Comparison build() {
        List<VersionKind> shown = versions.present();
        List<Row> rows = new ArrayList<>();
        if (sight.showsUnit()) {
            for (ExpenditureKind kind : ExpenditureKind.values()) {
                rows.add(row(Level.UNIT, null, kind, null, null, null, List.of(VersionKind.values()),
                    where(f -> f.getKind() == kind && (f.getVersionKind() != VersionKind.CEILINGS || f.getProjectId() == null))));
            }
        }
        Set<String> sections = new LinkedHashSet<>(context.sectionNames().keySet());
        versions.present().forEach(v -> versions.figures(v).stream().map(BudgetFigure::getSectionCode).filter(Objects::nonNull)
            .forEach(sections::add));
        Map<String, List<Long>> projectsBySection = projectsBySection();
        for (String section : sections) {
            if (sight.showsSection(section)) {
                for (ExpenditureKind kind : ExpenditureKind.values()) {
                    rows.add(row(Level.SECTION, section, kind, null, null, null, SECTION_VERSIONS,
                        where(f -> section.equals(f.getSectionCode()) && f.getKind() == kind)));
                }
                lineRows(section, rows);
            }
            if (sight.showsSection(section) || (sight.showsUnit() && !sight.seesSections())) {
                // the bureau sees a project and its figures, not the section behind it
                String shownSection = sight.seesSections() ? section : null;
                projectsBySection.getOrDefault(section, List.of()).forEach(p -> rows.add(projectRow(shownSection, p)));
            }
        }
        return new Comparison(context.fiscalYear(), shown, rows, sectionTotals(sections),
            kindTotals(shown.stream().filter(v -> v != VersionKind.CEILINGS || sight.showsUnit()).toList()));
    }

    private void lineRows(String section, List<Row> rows) {
        Set<LineKey> keys = new LinkedHashSet<>();
        LINE_VERSIONS.forEach(v -> byLine.getOrDefault(v, Map.of()).keySet().stream().filter(k -> section.equals(k.section()))
            .forEach(keys::add));
        keys.stream().sorted(Comparator.comparing((LineKey k) -> k.kind().ordinal())
                .thenComparing(k -> nullToEmpty(k.function())).thenComparing(k -> nullToEmpty(k.economic()))
                .thenComparing(k -> k.project() == null ? 0L : k.project()))
            .forEach(k -> rows.add(row(Level.LINE, section, k.kind(), k.function(), k.economic(), k.project(), LINE_VERSIONS,
                v -> byLine.get(v).getOrDefault(k, List.of()))));
    }

    private Row projectRow(String section, long projectId) {
        List<VersionKind> applicable = new ArrayList<>(LINE_VERSIONS);
        if (versions.projectCeilings().containsKey(projectId)) {
            applicable.add(VersionKind.CEILINGS);
        }
        return row(Level.PROJECT, section, ExpenditureKind.PROJECT, null, null, projectId, applicable,
            v -> byProject.get(v).getOrDefault(projectId, List.of()));
    }

    /** The projects that have a ceiling or a line, by the section they belong to. */
    private Map<String, List<Long>> projectsBySection() {
        Map<String, Set<Long>> bySection = new LinkedHashMap<>();
        versions.present().forEach(v -> versions.figures(v).stream().filter(f -> f.getProjectId() != null).forEach(f -> {
            ProjectInfo info = context.projects().get(f.getProjectId());
            String section = info != null ? info.sectionCode() : f.getSectionCode();
            if (section != null) {
                bySection.computeIfAbsent(section, s -> new LinkedHashSet<>()).add(f.getProjectId());
            }
        }));
        Map<String, List<Long>> sorted = new LinkedHashMap<>();
        bySection.forEach((s, ids) -> sorted.put(s, ids.stream().sorted().toList()));
        return sorted;
    }

    private Row row(Level level, String section, ExpenditureKind kind, String function, String economic, Long projectId,
            List<VersionKind> applicable, Function<VersionKind, List<BudgetFigure>> figuresOf) {
        Map<VersionKind, Money> amounts = new EnumMap<>(VersionKind.class);
        Map<VersionKind, List<BudgetFigure>> figures = new EnumMap<>(VersionKind.class);
        for (VersionKind v : versions.present()) {
            // a section sees the ceilings of its own projects, not the unit's
            if (!applicable.contains(v) || (v == VersionKind.CEILINGS && level != Level.PROJECT && !sight.showsUnit())) {
                continue;
            }
            List<BudgetFigure> matching = figuresOf.apply(v);
            amounts.put(v, Versions.sum(matching));
            figures.put(v, matching);
        }
        List<Difference> differences = new ArrayList<>();
        VersionKind previous = null;
        for (VersionKind v : amounts.keySet()) {
            if (previous != null && amounts.get(v).compareTo(amounts.get(previous)) != 0) {
                differences.add(new Difference(previous, v, amounts.get(v).minus(amounts.get(previous)),
                    reasons(figures.get(v)), source(level, v, figures.get(v))));
            }
            previous = v;
        }
        ProjectInfo project = projectId == null ? null : context.projects().get(projectId);
        return new Row(level, section, section == null ? null : context.sectionNames().getOrDefault(section, section), kind,
            function, function == null ? null : context.functionNames().get(function), economic,
            economic == null ? null : context.economicNames().get(economic), projectId,
            project == null ? null : project.code(), project == null ? null : project.name(), amounts, differences);
    }

    /** A version's figures that match: for the few rows (unit, section × kind) that sum over many lines. */
    private Function<VersionKind, List<BudgetFigure>> where(Predicate<BudgetFigure> in) {
        return v -> versions.figures(v).stream().filter(in).toList();
    }

    private static String reasons(List<BudgetFigure> figures) {
        String joined = figures.stream().map(BudgetFigure::getReason).filter(Objects::nonNull).distinct()
            .collect(Collectors.joining("；"));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Where the later version of a difference comes from: for a request line of 一上 or 二上, the
     * section's request, unless the unit's proposal changed it (then it carries a reason); for the
     * rest, the decision that made the version.
     */
    private Source source(Level level, VersionKind version, List<BudgetFigure> figures) {
        BudgetFigure first = figures.isEmpty() ? versions.first(version).orElse(null) : figures.get(0);
        String by = first == null ? null : first.getRecordedBy();
        Instant at = first == null ? null : first.getRecordedAt();
        return switch (version) {
            case ONE_UP, TWO_UP -> {
                boolean fromRequest = level == Level.LINE && !figures.isEmpty() && reasons(figures) == null
                    && first.getSourceDocumentId() != null;
                if (fromRequest) {
                    RequestInfo request = context.requests().get(first.getSourceDocumentId());
                    yield new Source(SourceType.BUDGET_DRAFT, first.getSourceDocumentId(),
                        request == null ? null : request.number(), request == null ? by : request.drafter(),
                        request == null ? at : request.updatedAt());
                }
                DocumentRef proposal = context.proposals().get(version);
                yield new Source(SourceType.UNIT_PROPOSAL, proposal == null ? null : proposal.id(),
                    proposal == null ? null : proposal.number(), by, at);
            }
            case CEILINGS -> new Source(SourceType.CEILINGS, null, context.ceilingsRef(), by, at);
            case SPLIT -> new Source(SourceType.SPLIT, null, null,
                context.splitApprovedBy() == null ? by : context.splitApprovedBy(),
                context.splitApprovedAt() == null ? at : context.splitApprovedAt());
            case APPROVED -> new Source(SourceType.APPROVAL, null, context.approvalRef(), by, at);
            case ADJUSTED -> new Source(SourceType.ADJUSTMENT, null, null, null, null);
        };
    }

    private List<Total> sectionTotals(Set<String> sections) {
        List<Total> totals = new ArrayList<>();
        for (String section : sections) {
            if (!sight.showsSection(section)) {
                continue;
            }
            Map<VersionKind, Money> amounts = new EnumMap<>(VersionKind.class);
            SECTION_VERSIONS.stream().filter(versions::has).forEach(v -> amounts.put(v,
                Versions.sum(versions.figures(v).stream().filter(f -> section.equals(f.getSectionCode())).toList())));
            totals.add(new Total(section, context.sectionNames().getOrDefault(section, section), amounts));
        }
        return totals;
    }

    private List<Total> kindTotals(List<VersionKind> shown) {
        List<Total> totals = new ArrayList<>();
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            Map<VersionKind, Money> amounts = new EnumMap<>(VersionKind.class);
            shown.forEach(v -> amounts.put(v, Versions.sum(versions.additive(v).stream()
                .filter(f -> f.getKind() == kind && sight.counts(f.getSectionCode())).toList())));
            totals.add(new Total(kind.name(), context.kindLabels().get(kind), amounts));
        }
        return totals;
    }

    private static LineKey key(BudgetFigure f) {
        return new LineKey(f.getSectionCode(), f.getKind(), f.getFunctionCode(), f.getEconomicCode(), f.getProjectId());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
