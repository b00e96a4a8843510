package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.ChangeText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.Collectors;

/** The record of an administrator's changes (to accounts or to sections): when, who, what, which one, values before and after. */
class ChangeLogGrid extends Grid<AuditEntry> {

    ChangeLogGrid(String id, ChangeText changeText) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(e -> Formats.time(e.getOccurredAt())).setHeader(getTranslation("timeline.at")).setAutoWidth(true);
        addColumn(AuditEntry::getActor).setHeader(getTranslation("timeline.person")).setAutoWidth(true);
        addColumn(e -> getTranslation(e.getAction().labelKey())).setHeader(getTranslation("timeline.event")).setAutoWidth(true);
        addColumn(AuditEntry::getDetails).setHeader(getTranslation("timeline.details")).setAutoWidth(true);
        addColumn(e -> changeText.of(e.getChanges()).stream().map(ChangeLine::text).collect(Collectors.joining("；")))
            .setHeader(getTranslation("timeline.changes")).setFlexGrow(1);
    }
}
