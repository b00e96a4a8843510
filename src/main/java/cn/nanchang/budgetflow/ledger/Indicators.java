package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the ledger. Who sees what: a 科员 or 科长 their own section's 指标 only (another section's
 * is refused with 403); 财务, the director and the auditors every section's. The bureau sees none:
 * as in the budget year (budgetyear.Sight) it reads the unit as a whole and no section's part, and
 * the 指标 are the unit's own execution of the budget the bureau approved.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final IndicatorRepository indicators;
    private final LedgerEntryRepository entries;
    private final ClassificationCatalogue catalogue;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Messages messages;

    Indicators(IndicatorRepository indicators, LedgerEntryRepository entries, ClassificationCatalogue catalogue,
            OrganizationService organization, CurrentActor currentActor, Messages messages) {
        this.indicators = indicators;
        this.entries = entries;
        this.catalogue = catalogue;
        this.organization = organization;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** The year's 指标 of one section, or (null) of every section the caller may see. */
    @Roles.Reader
    public List<IndicatorSummary> list(int fiscalYear, String sectionCode) {
        Actor actor = reader();
        String section = sectionCode == null || sectionCode.isBlank() ? null : sectionCode.strip();
        if (actor.role().isSectionBound()) {
            if (section != null && !section.equals(actor.sectionCode())) {
                return List.of();
            }
            section = actor.sectionCode();
        }
        return summaries(indicators.ofYear(fiscalYear, section));
    }

    /**
     * Every 指标 of the year, all sections, without asking who is signed in: for work that runs
     * unattended (the daily execution alert), which reads the whole unit and acts as nobody.
     */
    public List<IndicatorSummary> everyOfYear(int fiscalYear) {
        return summaries(indicators.ofYear(fiscalYear, null));
    }

    /** The fiscal years that have 指标 the caller may see, newest first. */
    @Roles.Reader
    public List<Integer> years() {
        Actor actor = reader();
        return indicators.years(actor.role().isSectionBound() ? actor.sectionCode() : null);
    }

    /**
     * What procurement items still hold frozen on the 指标 (for settling one by a payment): item id,
     * the plan's number and the amount.
     */
    @Roles.Reader
    public List<FrozenItem> frozenItems(long id) {
        visible(id);
        Map<String, Money> held = new LinkedHashMap<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        for (LedgerEntry e : entries.findByIndicatorIdOrderByIdAsc(id)) {
            String ref = e.getItemRef();
            if (ref == null || !ref.startsWith("procurement-item:")
                    || (e.getKind() != EntryKind.FREEZE && e.getKind() != EntryKind.RELEASE)) {
                continue;
            }
            held.merge(ref, e.getKind() == EntryKind.FREEZE ? e.getAmount() : Money.ZERO.minus(e.getAmount()), Money::plus);
            numbers.putIfAbsent(ref, e.view().documentNumber());
        }
        return held.entrySet().stream().filter(h -> h.getValue().isPositive())
            .map(h -> new FrozenItem(Long.parseLong(h.getKey().substring("procurement-item:".length())), numbers.get(h.getKey()),
                h.getValue()))
            .toList();
    }

    /** A procurement item's freeze on an 指标. */
    public record FrozenItem(long itemId, String documentNumber, Money frozen) {
    }

    /** One 指标: 404 when unknown, 403 when of another section for a section-bound caller. */
    @Roles.Reader
    public IndicatorSummary get(long id) {
        return summaries(List.of(visible(id))).get(0);
    }

    /** Its entries, oldest first. */
    @Roles.Reader
    public List<EntryView> entries(long id) {
        visible(id);
        return entries.findByIndicatorIdOrderByIdAsc(id).stream().map(LedgerEntry::view).toList();
    }

    /**
     * Quotas summed by (section, kind, function, economic, project) — the adjusted budget (调整后).
     * No security: for services that check the caller. The rows' id is 0 and their refs are null.
     */
    public List<IndicatorSummary> ofYear(int fiscalYear) {
        Map<List<Object>, Indicator[]> groups = new LinkedHashMap<>();
        Map<List<Object>, Money[]> sums = new LinkedHashMap<>();
        for (Indicator i : indicators.ofYear(fiscalYear, null)) {
            List<Object> key = java.util.Arrays.asList(i.getSectionCode(), i.getKind(), i.getFunctionCode(), i.getEconomicCode(),
                i.getProjectId());
            groups.putIfAbsent(key, new Indicator[] {i});
            sums.merge(key, new Money[] {i.getQuota(), i.getFrozen(), i.getUsed()},
                (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1]), a[2].plus(b[2])});
        }
        Names names = names(groups.values().stream().map(g -> g[0]).toList());
        return groups.entrySet().stream().map(e -> {
            Indicator i = e.getValue()[0];
            Money[] s = sums.get(e.getKey());
            return names.summary(0L, i, null, null, null, s[0], s[1], s[2]);
        }).toList();
    }

    /** The 指标 if the caller may see it. */
    Indicator visible(long id) {
        Actor actor = reader();
        Indicator indicator = indicators.findById(id)
            .orElseThrow(() -> new NotFoundException(messages.get("ledger.error.notFound", String.valueOf(id))));
        if (actor.role().isSectionBound() && !indicator.getSectionCode().equals(actor.sectionCode())) {
            throw new ForbiddenException(messages.get("ledger.error.otherSection"));
        }
        return indicator;
    }

    private Actor reader() {
        Actor actor = currentActor.get();
        if (actor.role() == Role.BUREAU) {
            throw new ForbiddenException(messages.get("ledger.error.bureau"));
        }
        return actor;
    }

    List<IndicatorSummary> summaries(List<Indicator> list) {
        Names names = names(list);
        return list.stream().map(i -> names.summary(i.getId(), i, i.getRef(), i.getSourceRef(), i.getSourceType(),
            i.getQuota(), i.getFrozen(), i.getUsed())).toList();
    }

    private Names names(Collection<Indicator> list) {
        List<Long> projectIds = list.stream().map(Indicator::getProjectId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String[]> projects = projectIds.isEmpty() ? Map.of()
            : indicators.projectNames(projectIds).stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> new String[] {(String) r[1], (String) r[2]}));
        Map<String, String> sections = organization.sections().stream()
            .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName, (a, b) -> a));
        return new Names(sections, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC), projects);
    }

    private record Names(Map<String, String> sections, Map<String, ClassificationCode> functions,
            Map<String, ClassificationCode> economics, Map<Long, String[]> projects) {

        IndicatorSummary summary(long id, Indicator i, String ref, String sourceRef, SourceType sourceType, Money quota,
                Money frozen, Money used) {
            String[] project = i.getProjectId() == null ? null : projects.get(i.getProjectId());
            ExpenditureKind kind = i.getKind();
            return new IndicatorSummary(id, i.getFiscalYear(), i.getSectionCode(),
                sections.getOrDefault(i.getSectionCode(), i.getSectionCode()), ref, sourceRef, sourceType, kind,
                i.getFunctionCode(), name(functions, i.getFunctionCode()), i.getEconomicCode(), name(economics, i.getEconomicCode()),
                i.getProjectId(), project == null ? null : project[0], project == null ? null : project[1], quota, frozen, used,
                quota.minus(frozen).minus(used));
        }

        private static String name(Map<String, ClassificationCode> index, String code) {
            ClassificationCode c = index.get(code);
            return c == null ? "" : c.getName();
        }
    }
}
