package cn.nanchang.budgetflow.document;

import java.util.List;

/**
 * What a document type makes of an earlier document to be copied ({@link DocumentTypeSupport#copyOf}):
 * the input of the new document, and a note for everything that did not carry over as it was
 * (a line left out, a name or period changed), each in words the drafter reads.
 */
public record CopyPlan<I>(I input, List<String> notes) {

    public CopyPlan {
        notes = List.copyOf(notes);
    }
}
