package cn.nanchang.budgetflow.project;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A level-1 or level-2 category of the performance-target table. Read-only for the application. */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory {

    @Id
    private Long id;
    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private IndicatorCategory parent;
    private int sortOrder;
    private boolean requiresIndicator;

    protected IndicatorCategory() {
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

    public IndicatorCategory getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isRequiresIndicator() {
        return requiresIndicator;
    }

    /** The level-1 category this one belongs to, or itself at level 1. */
    public IndicatorCategory root() {
        IndicatorCategory c = this;
        while (c.parent != null) {
            c = c.parent;
        }
        return c;
    }
}
