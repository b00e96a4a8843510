package cn.nanchang.budgetflow.document;

import java.util.List;

/**
 * A document created as a copy of an earlier one: the new document, the number of its source, and
 * what did not carry over, so that the editor and the API can say exactly which and why.
 */
public record Copied<R>(R document, String sourceNumber, List<String> notes) {

    public Copied {
        notes = List.copyOf(notes);
    }
}
