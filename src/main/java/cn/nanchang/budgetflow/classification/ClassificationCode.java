package cn.nanchang.budgetflow.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One code of a catalogue. Read-only for the application. */
@Entity
@Table(name = "classification_code")
@IdClass(ClassificationCode.Key.class)
public class ClassificationCode {

    @Id
    @Enumerated(EnumType.STRING)
    private Scheme scheme;
    @Id
    private String code;
    private String name;
    private String parentCode;
    @Column(name = "level_no")
    private int level;
    private boolean leaf;
    private boolean needsVerification;

    protected ClassificationCode() {
    }

    public Scheme getScheme() {
        return scheme;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getLevel() {
        return level;
    }

    public boolean isLeaf() {
        return leaf;
    }

    public boolean isNeedsVerification() {
        return needsVerification;
    }

    /** "2010350 事业运行", as shown in pickers. */
    public String label() {
        return code + " " + name;
    }

    /** Composite key: a code is unique within its scheme. */
    public record Key(Scheme scheme, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
