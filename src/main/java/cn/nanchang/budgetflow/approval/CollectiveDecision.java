package cn.nanchang.budgetflow.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded collective decision (主任办公会) on a document. Written once, never changed. */
@Entity
@Table(name = "collective_decision")
public class CollectiveDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private String taskId;
    private LocalDate meetingDate;
    private String attendees;
    private String minutesRef;
    private boolean passed;
    @Column(name = "comment_text")
    private String comment;
    private String recordedBy;
    private Instant recordedAt;

    protected CollectiveDecision() {
    }

    CollectiveDecision(long documentId, String taskId, MeetingRecord meeting, boolean passed, String comment,
            String recordedBy, Instant recordedAt) {
        this.documentId = documentId;
        this.taskId = taskId;
        this.meetingDate = meeting.meetingDate();
        this.attendees = meeting.attendees().strip();
        this.minutesRef = meeting.minutesRef().strip();
        this.passed = passed;
        this.comment = comment;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getDocumentId() {
        return documentId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getMinutesRef() {
        return minutesRef;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** One line for the audit log and the history. */
    String summary() {
        return "会议日期 " + meetingDate + "；参会人员 " + attendees + "；纪要 " + minutesRef + "；结论 " + (passed ? "通过" : "未通过");
    }
}
