package cn.nanchang.budgetflow.procurement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the allow-list: budget lines of this economic class (类, e.g. 302) may pay for items of this category. */
@Entity
@Table(name = "procurement_funding_class")
class FundingClass {

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private ProcurementCategory category;
    private String economicClass;
    private String className;

    protected FundingClass() {
    }

    ProcurementCategory category() {
        return category;
    }

    String economicClass() {
        return economicClass;
    }

    /** "302 商品和服务支出". */
    String label() {
        return economicClass + " " + className;
    }
}
