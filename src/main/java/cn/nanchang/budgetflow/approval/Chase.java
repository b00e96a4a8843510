package cn.nanchang.budgetflow.approval;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 催办: the drafter chased the handlers of one open step on one day. */
@Entity
@Table(name = "document_chase")
class Chase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private String taskId;
    private LocalDate chasedOn;
    private String chasedBy;
    private Instant chasedAt;
    private String note;

    protected Chase() {
    }

    Chase(long documentId, String taskId, LocalDate chasedOn, String chasedBy, Instant chasedAt, String note) {
        this.documentId = documentId;
        this.taskId = taskId;
        this.chasedOn = chasedOn;
        this.chasedBy = chasedBy;
        this.chasedAt = chasedAt;
        this.note = note;
    }
}
