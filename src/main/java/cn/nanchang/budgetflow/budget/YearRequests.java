package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.security.Roles;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections' requests of a budget year that 财务 has accepted, read-only, for the unit's
 * consolidation (单位预算建议数): every request of the round that passed 科长 and 财务, with its
 * lines, the names of their codes and the projects they fund. A 二上 request approved at 批复
 * still counts: it was accepted first. Only unit-wide readers ask; the figures are the unit's.
 */
@Service
@Transactional(readOnly = true)
public class YearRequests {

    private static final EnumSet<DocumentStatus> ACCEPTED = EnumSet.of(DocumentStatus.ACCEPTED, DocumentStatus.APPROVED);

    private final BudgetDraftRepository drafts;
    private final BudgetDraftReader reader;

    YearRequests(BudgetDraftRepository drafts, BudgetDraftReader reader) {
        this.drafts = drafts;
        this.reader = reader;
    }

    /** The accepted requests of the year's round, in the order of the sections (then as drafted). */
    @Roles.UnitWide
    public List<BudgetDraftDetails> accepted(int fiscalYear, BudgetRound round) {
        return drafts.findByFiscalYearAndRoundAndStatusInOrderByIdAsc(fiscalYear, round, ACCEPTED).stream()
            .sorted(Comparator.comparingInt(d -> d.getSection().getSortOrder()))
            .map(reader::details).toList();
    }
}
