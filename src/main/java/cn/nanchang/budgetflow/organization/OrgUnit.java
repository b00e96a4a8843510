package cn.nanchang.budgetflow.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;

/**
 * A unit of the organisation. The center and the bureau come from the seed; sections (科室) are
 * maintained by the administrator (科室管理): name, order, head and whether they are in use. The
 * code never changes, since document numbers and approval groups carry it.
 */
@Entity
@Table(name = "org_unit")
// documents name their section eagerly: a list of them from many sections loads the sections in one query, not one each
@BatchSize(size = 100)
public class OrgUnit {

    @Id
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;
    private int sortOrder;
    private boolean active = true;
    /** The 科长 who heads this section (an account id), if one is named. */
    private Long headUserId;

    protected OrgUnit() {
    }

    /** A new section; the id is chosen by {@link SectionDirectory}, since the seed's ids are fixed. */
    OrgUnit(long id, String code, String name, int sortOrder) {
        this.id = id;
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = OrgUnitKind.SECTION;
        this.sortOrder = sortOrder;
    }

    /**
     * A section that a 花名册 would create, so that its people can be checked against it before
     * anything is stored; it has no id and is never saved.
     */
    public static OrgUnit planned(String code, String name, int sortOrder) {
        OrgUnit section = new OrgUnit();
        section.code = Objects.requireNonNull(code);
        section.name = Objects.requireNonNull(name);
        section.kind = OrgUnitKind.SECTION;
        section.sortOrder = sortOrder;
        return section;
    }

    /** Name, order and head of a section; the caller has checked them. */
    public void change(String newName, int newSortOrder, Long newHeadUserId) {
        this.name = Objects.requireNonNull(newName);
        this.sortOrder = newSortOrder;
        this.headUserId = newHeadUserId;
    }

    public void setActive(boolean active) {
        this.active = active;
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

    /** False for a section the administrator has disabled: no new documents, nobody newly placed in it. */
    public boolean isActive() {
        return active;
    }

    public Long getHeadUserId() {
        return headUserId;
    }
}
