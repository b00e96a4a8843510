package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentType;
import java.util.List;

/**
 * Implemented by each document type's module to show its own content (a budget draft's lines,
 * a plan's items) on pages that know only the shared header, such as the approval sheet. A type
 * without an implementation is shown by its header alone.
 */
public interface DocumentContents {

    DocumentType type();

    /** The document's content as tables; the caller has checked that the reader may see the document. */
    List<ContentTable> tables(long documentId);

    /** A titled table of text cells; {@code footer} (e.g. the totals) may be empty. */
    record ContentTable(String title, List<String> headers, List<List<String>> rows, List<String> footer) {

        public ContentTable {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            footer = List.copyOf(footer);
        }
    }
}
