package cn.nanchang.budgetflow.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The one default fiscal year of every form that prepares a budget (预算草案, 项目申报, 单位建议数,
 * a new budget year): the year being prepared. The execution forms (采购计划, 调剂, 支付) spend
 * approved lines, so they start from the year being spent instead (README, 术语表). That is a budget year whose preparation
 * is open (一上 to 二下, not yet 批复) for this calendar year or the next, the earlier of the two; and
 * when none is open, next year, since a budget is prepared in the year before it is spent.
 */
@Service
public class PreparedYear {

    /** Whether a year's preparation is open: the budget-year module answers, without base depending on it. */
    public interface YearsInPreparation {
        boolean inPreparation(int fiscalYear);
    }

    private final Clock clock;
    private final List<YearsInPreparation> sources;

    PreparedYear(Clock clock, List<YearsInPreparation> sources) {
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    public int year() {
        int thisYear = LocalDate.now(clock).getYear();
        return IntStream.of(thisYear, thisYear + 1).filter(y -> sources.stream().anyMatch(s -> s.inPreparation(y)))
            .findFirst().orElse(thisYear + 1);
    }
}
