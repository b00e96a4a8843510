package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A year's figures as versions. Figures are never changed: a later split is recorded as a new set,
 * and the version is the latest set (by the time it was recorded); earlier sets stay for the audit.
 */
final class Versions {

    private final Map<VersionKind, List<BudgetFigure>> current;

    private Versions(Map<VersionKind, List<BudgetFigure>> current) {
        this.current = current;
    }

    static Versions of(List<BudgetFigure> all) {
        Map<VersionKind, List<BudgetFigure>> byVersion = new EnumMap<>(VersionKind.class);
        all.stream().collect(Collectors.groupingBy(BudgetFigure::getVersionKind)).forEach((version, figures) ->
            byVersion.put(version, version == VersionKind.SPLIT ? latestSet(figures) : List.copyOf(figures)));
        return new Versions(byVersion);
    }

    private static List<BudgetFigure> latestSet(List<BudgetFigure> figures) {
        Instant latest = figures.stream().map(BudgetFigure::getRecordedAt).max(Comparator.naturalOrder()).orElseThrow();
        return figures.stream().filter(f -> f.getRecordedAt().equals(latest)).toList();
    }

    /**
     * These versions with 调整后 added from the ledger's quotas ({@code adjusted}, figures by line),
     * when the year is approved and they differ from 批复 in some line: a year nothing adjusted
     * shows its versions as before.
     */
    Versions withAdjusted(List<BudgetFigure> adjusted) {
        if (adjusted.isEmpty() || !has(VersionKind.APPROVED) || byLine(adjusted).equals(byLine(figures(VersionKind.APPROVED)))) {
            return this;
        }
        Map<VersionKind, List<BudgetFigure>> with = new EnumMap<>(current);
        with.put(VersionKind.ADJUSTED, List.copyOf(adjusted));
        return new Versions(with);
    }

    /** Amounts by line (section, kind, codes, project), lines of nothing left out. */
    private static Map<List<Object>, Money> byLine(List<BudgetFigure> figures) {
        Map<List<Object>, Money> lines = new java.util.HashMap<>();
        figures.forEach(f -> lines.merge(java.util.Arrays.asList(f.getSectionCode(), f.getKind(), f.getFunctionCode(),
            f.getEconomicCode(), f.getProjectId()), f.getAmount(), Money::plus));
        lines.values().removeIf(m -> m.compareTo(Money.ZERO) == 0);
        return lines;
    }

    /** The versions that have figures, in version order. */
    List<VersionKind> present() {
        return List.copyOf(current.keySet());
    }

    boolean has(VersionKind version) {
        return current.containsKey(version);
    }

    List<BudgetFigure> figures(VersionKind version) {
        return current.getOrDefault(version, List.of());
    }

    /** The unit's ceilings by kind (控制数); the per-project ceilings are a part of 项目支出, not added to it. */
    Map<ExpenditureKind, Money> ceilings() {
        return byKind(figures(VersionKind.CEILINGS).stream().filter(f -> f.getProjectId() == null).toList());
    }

    /** The ceilings the bureau set on single projects, by project id. */
    Map<Long, Money> projectCeilings() {
        Map<Long, Money> projects = new LinkedHashMap<>();
        figures(VersionKind.CEILINGS).stream().filter(f -> f.getProjectId() != null)
            .forEach(f -> projects.merge(f.getProjectId(), f.getAmount(), Money::plus));
        return projects;
    }

    /** The current split by section and kind. */
    Map<String, Map<ExpenditureKind, Money>> split() {
        Map<String, Map<ExpenditureKind, Money>> split = new TreeMap<>();
        figures(VersionKind.SPLIT).forEach(f -> split.computeIfAbsent(f.getSectionCode(), s -> zeroByKind())
            .merge(f.getKind(), f.getAmount(), Money::plus));
        return split;
    }

    /** Who recorded the version and when: of its first figure (a version is written at once). */
    Optional<BudgetFigure> first(VersionKind version) {
        return figures(version).stream().findFirst();
    }

    /** The figures that add up to a version's total: for the ceilings, the kinds without the per-project part. */
    List<BudgetFigure> additive(VersionKind version) {
        return version == VersionKind.CEILINGS
            ? figures(version).stream().filter(f -> f.getProjectId() == null).toList() : figures(version);
    }

    /** The totals of each version as the reader may see them; the ceilings only for unit-wide readers. */
    List<VersionTotals> totals(Sight sight) {
        return present().stream().filter(v -> v != VersionKind.CEILINGS || sight.showsUnit()).map(v -> {
            List<BudgetFigure> counted = additive(v).stream().filter(f -> sight.counts(f.getSectionCode())).toList();
            Map<String, Money> bySection = new TreeMap<>();
            counted.stream().filter(f -> f.getSectionCode() != null && sight.showsSection(f.getSectionCode()))
                .forEach(f -> bySection.merge(f.getSectionCode(), f.getAmount(), Money::plus));
            BudgetFigure first = first(v).orElseThrow();
            return new VersionTotals(v, sum(counted), byKind(counted), bySection, first.getRecordedBy(), first.getRecordedAt());
        }).toList();
    }

    static Money sum(List<BudgetFigure> figures) {
        return figures.stream().map(BudgetFigure::getAmount).reduce(Money.ZERO, Money::plus);
    }

    /** Every kind, 0 where there is none. */
    static Map<ExpenditureKind, Money> byKind(List<BudgetFigure> figures) {
        Map<ExpenditureKind, Money> byKind = zeroByKind();
        figures.forEach(f -> byKind.merge(f.getKind(), f.getAmount(), Money::plus));
        return byKind;
    }

    static Map<ExpenditureKind, Money> zeroByKind() {
        Map<ExpenditureKind, Money> byKind = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            byKind.put(kind, Money.ZERO);
        }
        return byKind;
    }
}
