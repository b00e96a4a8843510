package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** 待办 grouped by document type: 全部 and one tab per type, each with how many tasks the search finds. */
class InboxTypeTabs extends Tabs {

    private final Tab all = new Tab();
    private final Map<DocumentType, Tab> byType = new EnumMap<>(DocumentType.class);

    InboxTypeTabs(Consumer<DocumentType> changed) {
        setId("inbox-types");
        all.setId("inbox-type-ALL");
        add(all);
        for (DocumentType type : DocumentType.values()) {
            Tab tab = new Tab();
            tab.setId("inbox-type-" + type.name());
            byType.put(type, tab);
            add(tab);
        }
        addSelectedChangeListener(e -> changed.accept(selected()));
    }

    /** The type of the selected tab; null for 全部. */
    DocumentType selected() {
        return byType.entrySet().stream().filter(e -> e.getValue() == getSelectedTab()).map(Map.Entry::getKey)
            .findFirst().orElse(null);
    }

    void show(Map<DocumentType, Long> counts) {
        all.setLabel(getTranslation("inbox.allTypes") + " " + counts.values().stream().mapToLong(Long::longValue).sum());
        byType.forEach((type, tab) -> tab.setLabel(getTranslation(type.labelKey()) + " " + counts.getOrDefault(type, 0L)));
    }
}
