package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
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
import java.time.LocalDate;
import java.time.YearMonth;

/** One item of a procurement plan (采购项目). */
@Entity
@Table(name = "procurement_item")
public class ProcurementItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ProcurementPlan plan;
    private int itemNo;
    @Enumerated(EnumType.STRING)
    private ProcurementCategory category;
    private String name;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private ProcurementMethod method;
    @Enumerated(EnumType.STRING)
    private OrganisationForm organisationForm;
    private boolean inCatalogue;
    private long fundingLineId;
    /** The first day of the month the procurement is expected to start. */
    private LocalDate startMonth;
    private String demandOverview;
    private String methodChangeJustification;

    protected ProcurementItem() {
    }

    public Long getId() {
        return id;
    }

    ProcurementItem(ProcurementPlan plan, int itemNo, ValidItem item) {
        this.plan = plan;
        this.itemNo = itemNo;
        this.category = item.category();
        this.name = item.name();
        this.quantity = item.quantity();
        this.unit = item.unit();
        this.amount = item.amount().yuan();
        this.method = item.method();
        this.organisationForm = item.organisationForm();
        this.inCatalogue = item.inCatalogue();
        this.fundingLineId = item.fundingLineId();
        this.startMonth = item.startMonth().atDay(1);
        this.demandOverview = item.demandOverview();
        this.methodChangeJustification = item.methodChangeJustification();
    }

    ValidItem toValid() {
        return new ValidItem(category, name, quantity, unit, getAmount(), method, organisationForm, inCatalogue,
            fundingLineId, getStartMonth(), demandOverview, methodChangeJustification);
    }

    public int getItemNo() {
        return itemNo;
    }

    public ProcurementCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public ProcurementMethod getMethod() {
        return method;
    }

    public OrganisationForm getOrganisationForm() {
        return organisationForm;
    }

    public boolean isInCatalogue() {
        return inCatalogue;
    }

    public long getFundingLineId() {
        return fundingLineId;
    }

    public YearMonth getStartMonth() {
        return YearMonth.from(startMonth);
    }

    public String getDemandOverview() {
        return demandOverview;
    }

    public String getMethodChangeJustification() {
        return methodChangeJustification;
    }

    /** Whether the item departs from 公开招标 with a written justification (变更采购方式). */
    public boolean hasMethodChange() {
        return methodChangeJustification != null && !methodChangeJustification.isBlank();
    }
}
