package cn.nanchang.budgetflow.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A level-3 row of the performance-target table, filed under a leaf category. */
@Entity
@Table(name = "performance_indicator")
public class PerformanceIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private ProjectApplication application;
    private int lineNo;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    private IndicatorCategory category;
    private String name;
    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;
    private String targetValue;
    private String unit;
    private BigDecimal weight;
    private String note;

    protected PerformanceIndicator() {
    }

    PerformanceIndicator(ProjectApplication application, int lineNo, IndicatorCategory category,
            ValidApplication.Indicator row) {
        this.application = application;
        this.lineNo = lineNo;
        this.category = category;
        this.name = row.name();
        this.direction = row.direction();
        this.targetValue = row.targetValue();
        this.unit = row.unit();
        this.weight = row.weight();
        this.note = row.note();
    }

    public int getLineNo() {
        return lineNo;
    }

    public IndicatorCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getNote() {
        return note;
    }
}
