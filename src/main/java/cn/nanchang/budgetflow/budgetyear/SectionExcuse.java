package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.BudgetRound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 财务 proceeded without a section's request of a round (不等待该科室), after its deadline, with the reason. */
@Entity
@Table(name = "budget_year_excuse")
class SectionExcuse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long budgetYearId;
    private String sectionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_round")
    private BudgetRound round;
    private String reason;
    private String excusedBy;
    private Instant excusedAt;

    protected SectionExcuse() {
    }

    SectionExcuse(long budgetYearId, String sectionCode, BudgetRound round, String reason, String excusedBy, Instant excusedAt) {
        this.budgetYearId = budgetYearId;
        this.sectionCode = sectionCode;
        this.round = round;
        this.reason = reason;
        this.excusedBy = excusedBy;
        this.excusedAt = excusedAt;
    }

    String getSectionCode() {
        return sectionCode;
    }

    BudgetRound getRound() {
        return round;
    }

    String getReason() {
        return reason;
    }
}
