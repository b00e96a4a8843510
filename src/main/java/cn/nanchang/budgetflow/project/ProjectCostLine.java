package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One cost line of a project: what the annual budget is spent on, by function and economic code. */
@Entity
@Table(name = "project_cost_line")
public class ProjectCostLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private ProjectApplication application;
    private int lineNo;
    private String functionCode;
    private String economicCode;
    private BigDecimal amount;
    private String note;

    protected ProjectCostLine() {
    }

    ProjectCostLine(ProjectApplication application, int lineNo, ValidApplication.CostLine line) {
        this.application = application;
        this.lineNo = lineNo;
        this.functionCode = line.functionCode();
        this.economicCode = line.economicCode();
        this.amount = line.amount().yuan();
        this.note = line.note();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getFunctionCode() {
        return functionCode;
    }

    public String getEconomicCode() {
        return economicCode;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public String getNote() {
        return note;
    }
}
