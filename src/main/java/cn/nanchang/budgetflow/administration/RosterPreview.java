package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.audit.FieldChange;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What importing a 花名册 would do: either the rejected rows of the file (then nothing would be
 * stored), or the people it would add, the accounts whose values it would change (before and
 * after, as the change log will show them), the accounts it would disable because they are no
 * longer listed, and the sections it would create or change.
 */
public record RosterPreview(List<Problem> problems, List<Person> added, List<PersonChange> changed, List<Person> disabled,
        List<SectionChange> sections) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean valid() {
        return problems.isEmpty();
    }

    /** One rejected cell or row: the sheet and the row number as a spreadsheet shows them, the column and why. */
    public record Problem(String sheet, int row, String column, String reason) {
    }

    /** A person as the preview lists them; role and section are their Chinese names. */
    public record Person(String username, String displayName, String role, @Nullable String section) {
    }

    /** An account the import changes, with each changed value before and after. */
    public record PersonChange(String username, String displayName, List<FieldChange> changes) {
    }

    /** A section the import creates ({@code added}) or changes, with each value before and after. */
    public record SectionChange(String code, String name, boolean added, List<FieldChange> changes) {
    }
}
