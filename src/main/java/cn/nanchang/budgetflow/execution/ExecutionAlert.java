package cn.nanchang.budgetflow.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A 指标 reported behind in a month: the section head and 财务 were told, and are not told again that month. */
@Entity
@Table(name = "execution_alert")
class ExecutionAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long indicatorId;
    private String alertMonth;
    private String sectionCode;
    private BigDecimal ratePercent;
    private BigDecimal thresholdPercent;
    private Instant sentAt;

    protected ExecutionAlert() {
    }

    ExecutionAlert(long indicatorId, String alertMonth, String sectionCode, BigDecimal ratePercent,
            BigDecimal thresholdPercent, Instant sentAt) {
        this.indicatorId = indicatorId;
        this.alertMonth = alertMonth;
        this.sectionCode = sectionCode;
        this.ratePercent = ratePercent;
        this.thresholdPercent = thresholdPercent;
        this.sentAt = sentAt;
    }

    long getIndicatorId() {
        return indicatorId;
    }
}
