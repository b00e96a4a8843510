package cn.nanchang.budgetflow.approval;

import java.time.LocalDate;

/** What the director records for a 主任办公会 decision; required at that step, ignored elsewhere. */
public record MeetingRecord(LocalDate meetingDate, String attendees, String minutesRef) {
}
