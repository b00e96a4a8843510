package cn.nanchang.budgetflow.document.ui;

/** One row of an editor's table (a line, an item): it shows a refused value on its field and clears it again. */
public interface EditorRow {

    /** Marks the row's field of this name (as the validation names it, e.g. {@code amount}) invalid with the message. */
    void markInvalid(String field, String message);

    void clearInvalid();
}
