package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's execution progress as the caller may see it, which is what the ledger lets them see of
 * its 指标: a 科员 or 科长 their own section (asking for another is refused with 403); 财务, the
 * director and the auditors every section. The bureau is refused, as by the ledger: the 指标 are
 * the unit's own execution of the budget the bureau approved (budgetyear.Sight gives the bureau no
 * section's part either).
 */
@Service
@Transactional(readOnly = true)
public class ExecutionProgress {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final SpendingReader spending;
    private final AlertRates rates;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Messages m;
    private final Clock clock;

    ExecutionProgress(SpendingReader spending, AlertRates rates, OrganizationService organization,
            CurrentActor currentActor, Messages m, Clock clock) {
        this.spending = spending;
        this.rates = rates;
        this.organization = organization;
        this.currentActor = currentActor;
        this.m = m;
        this.clock = clock;
    }

    /** The progress of {@code year}, of one section or (null) of all the caller may see. */
    @Roles.Reader
    public Progress read(int year, String section) {
        Actor actor = currentActor.get();
        String sectionCode = sectionFor(actor, year, section);
        return ProgressTable.of(rates.schedule(year, LocalDate.now(clock)), sectionCode, spending.of(year, sectionCode));
    }

    @Roles.Reader
    public ProgressWorkbook workbook(int year, String section) {
        Progress progress = read(year, section);
        String name = progress.sectionCode() == null ? "" : progress.rows().isEmpty() ? progress.sectionCode()
            : progress.rows().get(0).sectionName();
        return new ProgressWorkbook(m.get("execution.xlsx.file", String.valueOf(year), name), ProgressXlsx.write(progress, m));
    }

    /** The year a reader most likely wants: the current one if it has 指标, else the latest of the last five that has. */
    @Roles.Reader
    public int likelyYear() {
        int now = LocalDate.now(clock).getYear();
        for (int year = now; year > now - 5; year--) {
            if (spending.hasIndicators(year)) {
                return year;
            }
        }
        return now;
    }

    /** The section the caller asks for, checked: 400 for a bad year or an unknown section, 403 for another's. */
    private String sectionFor(Actor actor, int year, String section) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ValidationException.of("year", m.get("execution.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        String code = section == null || section.isBlank() ? null : section.strip();
        if (code != null && (code.length() > 10 || organization.sectionByCode(code).isEmpty())) {
            throw ValidationException.of("section", m.get("execution.error.section"));
        }
        if (actor.role().isSectionBound()) {
            if (code != null && !code.equals(actor.sectionCode())) {
                throw new ForbiddenException(m.get("execution.error.otherSection"));
            }
            return actor.sectionCode();
        }
        return code;
    }
}
