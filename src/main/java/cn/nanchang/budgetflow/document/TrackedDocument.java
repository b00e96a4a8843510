package cn.nanchang.budgetflow.document;

import java.util.List;

/** A document in a list with the open steps it waits at and their holders; none once it is out of approval. */
public record TrackedDocument(DocumentSummary document, List<Holder> holders) {

    public TrackedDocument {
        holders = List.copyOf(holders);
    }
}
