package cn.nanchang.budgetflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's moves, each in a transaction of its own as a calling service would run them: issuing
 * from an approved line, freezing all or nothing, re-freezing only the difference, releasing, and
 * adjusting; after each, the running totals equal the entries' sums.
 */
@AfterApprovalTestContext
class LedgerMovesTest {

    /** Fake document ids far from any real one: the ledger keeps ids and numbers, it does not look documents up. */
    private static final AtomicLong DOCS = new AtomicLong(900_000_000L);

    private final ApiClient api;
    private final LedgerMoves moves;
    private final Indicators indicators;
    private final LedgerChecks checks;
    private final UserDetailsService accounts;
    private final TransactionTemplate tx;

    LedgerMovesTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired LedgerMoves moves,
            @Autowired Indicators indicators, @Autowired JdbcTemplate jdbc, @Autowired UserDetailsService accounts,
            @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.moves = moves;
        this.indicators = indicators;
        this.checks = new LedgerChecks(jdbc);
        this.accounts = accounts;
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void an_approved_line_is_issued_once_as_an_initial_indicator_with_its_quota() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");

        inTx(() -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕1号", "finance"));
        inTx(() -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕1号", "finance"));

        IndicatorSummary indicator = only(f);
        assertThat(indicator.sourceType()).isEqualTo(SourceType.INITIAL);
        assertThat(indicator.sectionCode()).isEqualTo("S01");
        assertThat(indicator.quota()).isEqualTo(Money.yuan("100000.00"));
        assertThat(indicator.available()).isEqualTo(Money.yuan("100000.00"));
        List<EntryView> entries = as("finance", () -> indicators.entries(indicator.id()));
        assertThat(entries).extracting(EntryView::kind).containsExactly(EntryKind.QUOTA);
        assertThat(entries.get(0).auditEntryId()).as("its audit entry").isNotNull();
        checks.assertAddsUp(indicator.id());
    }

    @Test
    void a_freeze_that_the_available_money_does_not_cover_changes_nothing_and_names_the_shortfall() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        DocumentRef first = doc(f);
        DocumentRef second = doc(f);

        inTx(() -> moves.freeze(first, List.of(new LedgerMoves.Claim(f.lineId(), "procurement-item:1", Money.yuan("70000.00"))), "staff1"));
        assertThatThrownBy(() -> inTx(() -> moves.freeze(second, List.of(
                new LedgerMoves.Claim(f.lineId(), "procurement-item:2", Money.yuan("20000.00")),
                new LedgerMoves.Claim(f.lineId(), "procurement-item:3", Money.yuan("20000.00"))), "staff1")))
            .isInstanceOf(InsufficientFundsException.class)
            .hasMessageContaining("差额 10,000.00 元")
            .satisfies(e -> assertThat(((InsufficientFundsException) e).shortfall()).isEqualTo(Money.yuan("10000.00")));

        IndicatorSummary indicator = only(f);
        assertThat(indicator.frozen()).isEqualTo(Money.yuan("70000.00"));
        assertThat(indicator.available()).isEqualTo(Money.yuan("30000.00"));
        assertThat(moves.frozenBy(second.id(), f.lineId())).isEqualTo(Money.ZERO);
        checks.assertAddsUp(indicator.id());
    }

    @Test
    void a_document_frozen_again_freezes_only_the_difference_and_releases_what_it_no_longer_claims() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        DocumentRef plan = doc(f);
        inTx(() -> moves.freeze(plan, List.of(new LedgerMoves.Claim(f.lineId(), "procurement-item:1", Money.yuan("30000.00")),
            new LedgerMoves.Claim(f.lineId(), "procurement-item:2", Money.yuan("10000.00"))), "staff1"));

        inTx(() -> moves.freeze(plan, List.of(new LedgerMoves.Claim(f.lineId(), "procurement-item:1", Money.yuan("50000.00"))), "staff1"));
        long indicatorId = only(f).id();
        int before = as("finance", () -> indicators.entries(indicatorId)).size();
        inTx(() -> moves.freeze(plan, List.of(new LedgerMoves.Claim(f.lineId(), "procurement-item:1", Money.yuan("50000.00"))), "staff1"));

        long id = only(f).id();
        assertThat(moves.frozenBy(plan.id(), f.lineId())).isEqualTo(Money.yuan("50000.00"));
        assertThat(as("finance", () -> indicators.entries(id)).size()).as("the same claims again move nothing").isEqualTo(before);
        assertThat(as("finance", () -> indicators.entries(id))).extracting(EntryView::kind)
            .containsExactly(EntryKind.QUOTA, EntryKind.FREEZE, EntryKind.FREEZE, EntryKind.RELEASE, EntryKind.FREEZE);

        inTx(() -> moves.releaseAll(plan, "作废，解冻", "staff1"));
        assertThat(moves.frozenBy(plan.id(), f.lineId())).isEqualTo(Money.ZERO);
        assertThat(only(f).available()).isEqualTo(Money.yuan("100000.00"));
        checks.assertAddsUp(id);
    }

    @Test
    void an_adjustment_decreases_one_indicator_and_issues_a_new_one_but_never_below_zero_available() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        inTx(() -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕2号", "finance"));
        long from = only(f).id();
        String ref = only(f).ref();
        DocumentRef adjustment = new DocumentRef(DOCS.incrementAndGet(), "TJ-" + f.year() + "-0001");

        assertThatThrownBy(() -> inTx(() -> moves.adjust(adjustment, List.of(decrease(from, "100000.01")), "finance")))
            .isInstanceOf(InsufficientFundsException.class).hasMessageContaining("差额 0.01 元");
        inTx(() -> moves.adjust(adjustment, List.of(decrease(from, "20000.00"), new LedgerMoves.Move(null, EntryKind.INCREASE,
            Money.yuan("20000.00"), SourceType.TRANSFER, "S01", ExpenditureKind.BASIC_PUBLIC, "2010350", "30202", null)), "finance"));

        List<IndicatorSummary> year = as("finance", () -> indicators.list(f.year(), "S01"));
        assertThat(year).extracting(IndicatorSummary::quota).containsExactlyInAnyOrder(Money.yuan("80000.00"), Money.yuan("20000.00"));
        IndicatorSummary created = year.stream().filter(i -> i.id() != from).findFirst().orElseThrow();
        assertThat(created.sourceType()).isEqualTo(SourceType.TRANSFER);
        assertThat(created.sourceRef()).isEqualTo(adjustment.number());
        assertThat(created.ref()).as("the 批复 文号 of the section's year").isEqualTo(ref);
        assertThat(moves.available(from)).isEqualTo(Money.yuan("80000.00"));
        checks.assertAddsUp(from);
        checks.assertAddsUp(created.id());
    }

    @Test
    void a_section_sees_its_own_indicators_only_and_the_bureau_none() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        inTx(() -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕3号", "finance"));
        long id = only(f).id();

        assertThat(as("staff1", () -> indicators.get(id)).id()).isEqualTo(id);
        assertThat(as("staff2", () -> indicators.list(f.year(), null))).isEmpty();
        assertThat(as("staff2", () -> indicators.list(f.year(), "S01"))).isEmpty();
        assertThatThrownBy(() -> as("staff2", () -> indicators.get(id))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("bureau", () -> indicators.get(id))).isInstanceOf(ForbiddenException.class);
        assertThat(as("auditor", () -> indicators.list(f.year(), null))).hasSize(1);
        assertThat(as("director", () -> indicators.entries(id))).hasSize(1);
    }

    private static LedgerMoves.Move decrease(long indicatorId, String amount) {
        return new LedgerMoves.Move(indicatorId, EntryKind.DECREASE, Money.yuan(amount), null, null, null, null, null, null);
    }

    private IndicatorSummary only(Funding f) {
        List<IndicatorSummary> list = as("finance", () -> indicators.list(f.year(), null));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static DocumentRef doc(Funding f) {
        long id = DOCS.incrementAndGet();
        return new DocumentRef(id, "CG-" + f.year() + "-" + (id % 10000));
    }

    private void inTx(Runnable move) {
        tx.executeWithoutResult(status -> move.run());
    }

    private <T> T as(String user, Supplier<T> call) {
        return SignedIn.as(accounts, user, call);
    }
}
