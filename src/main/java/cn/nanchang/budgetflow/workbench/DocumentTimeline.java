package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.document.DocumentSummary;
import java.time.Instant;
import java.util.List;

/** A document's complete history: its tasks one by one, and every recorded event in time order. */
public record DocumentTimeline(DocumentSummary document, Instant createdAt, List<TaskSpan> tasks, List<TimelineEvent> events) {

    public DocumentTimeline {
        tasks = List.copyOf(tasks);
        events = List.copyOf(events);
    }
}
