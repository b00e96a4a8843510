package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment 财务 recorded against an 指标 (已用); its USE entry is {@code entryId}. Never updated. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long indicatorId;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String payee;
    private String summary;
    private boolean officialCard;
    private Long procurementItemId;
    /** A demo row (示例数据), so that pages can say so and a real import never mixes with it. */
    private boolean example;
    private long entryId;
    private String recordedBy;
    private Instant recordedAt;

    protected Payment() {
    }

    Payment(long indicatorId, PaymentInput.Valid input, boolean example, long entryId, String recordedBy, Instant recordedAt) {
        this.indicatorId = indicatorId;
        this.amount = input.amount().yuan();
        this.paidOn = input.paidOn();
        this.payee = input.payee();
        this.summary = input.summary();
        this.officialCard = input.officialCard();
        this.procurementItemId = input.procurementItemId();
        this.example = example;
        this.entryId = entryId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    PaymentView view() {
        return new PaymentView(id, indicatorId, new Money(amount), paidOn, payee, summary, officialCard, procurementItemId,
            example, entryId, recordedBy, recordedAt);
    }

    public Long getId() {
        return id;
    }
}
