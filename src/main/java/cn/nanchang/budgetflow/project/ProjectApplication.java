package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/**
 * A section's project expenditure application (项目支出申报). Its annual budget is the document
 * total, so approval routes on it. Once approved it is a project of the library: it gets a
 * project code, derived from its unique document number, that never changes afterwards.
 */
@Entity
@Table(name = "project_application")
@DiscriminatorValue("PROJECT_APPLICATION")
@PrimaryKeyJoinColumn(name = "id")
public class ProjectApplication extends ApprovalDocument {

    private String name;
    @Enumerated(EnumType.STRING)
    private ProjectCategory category;
    private String overview;
    private String purpose;
    private String legalBasis;
    private String implementingBody;
    @Convert(converter = YearMonthConverter.class)
    private YearMonth periodStart;
    @Convert(converter = YearMonthConverter.class)
    private YearMonth periodEnd;
    private String projectCode;
    private Instant approvedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    @BatchSize(size = 100)
    private List<ProjectCostLine> costLines = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    @BatchSize(size = 100)
    private List<PerformanceIndicator> indicators = new ArrayList<>();

    protected ProjectApplication() {
    }

    ProjectApplication(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        super(number, section, fiscalYear, drafter, now);
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.PROJECT_APPLICATION;
    }

    /** Replaces the content with a validated one; the year stays what it was created with. */
    void apply(ValidApplication valid, Map<String, IndicatorCategory> categoriesByCode, Instant now) {
        name = valid.name();
        category = valid.category();
        overview = valid.overview();
        purpose = valid.purpose();
        legalBasis = valid.legalBasis();
        implementingBody = valid.implementingBody();
        periodStart = valid.periodStart();
        periodEnd = valid.periodEnd();
        costLines.clear();
        for (int i = 0; i < valid.costLines().size(); i++) {
            costLines.add(new ProjectCostLine(this, i + 1, valid.costLines().get(i)));
        }
        indicators.clear();
        for (int i = 0; i < valid.indicators().size(); i++) {
            var row = valid.indicators().get(i);
            indicators.add(new PerformanceIndicator(this, i + 1, categoriesByCode.get(row.categoryCode()), row));
        }
        setTotal(valid.annualBudget(), now);
    }

    @Override
    protected void onStatusChanged(DocumentStatus next) {
        if (next == DocumentStatus.APPROVED && projectCode == null) {
            projectCode = projectCode(getNumber(), getSection().getCode());
            approvedAt = getUpdatedAt();
        }
    }

    /** XM-2023-0007 of section S04 → XM-2023-S04-0007: unique because document numbers are. */
    static String projectCode(String number, String sectionCode) {
        int last = number.lastIndexOf('-');
        return number.substring(0, last) + "-" + sectionCode + number.substring(last);
    }

    public Money annualBudget() {
        return total();
    }

    public boolean isInLibrary() {
        return projectCode != null;
    }

    public String getName() {
        return name;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public String getOverview() {
        return overview;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getImplementingBody() {
        return implementingBody;
    }

    public YearMonth getPeriodStart() {
        return periodStart;
    }

    public YearMonth getPeriodEnd() {
        return periodEnd;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<ProjectCostLine> getCostLines() {
        return Collections.unmodifiableList(costLines);
    }

    public List<PerformanceIndicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    String getPurpose() {
        return purpose;
    }
}
