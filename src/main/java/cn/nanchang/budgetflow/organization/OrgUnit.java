package cn.nanchang.budgetflow.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of the organisation. Created by Flyway from the seed; not edited by the application. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;
    private int sortOrder;

    protected OrgUnit() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
