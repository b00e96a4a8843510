package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.document.Holder;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.Collectors;

/** Who holds a document now, in words: 财务审核：张三, or 财务审核：张三、李四（待签收） for a group's task. */
public final class HolderText {

    private HolderText() {
    }

    public static String of(List<Holder> holders) {
        UI ui = UI.getCurrent();
        if (holders.isEmpty()) {
            return "—";
        }
        return holders.stream().map(h -> ui.getTranslation(h.step().labelKey()) + "："
                + (h.names().isEmpty() ? ui.getTranslation("holder.nobody")
                    : String.join("、", h.names()) + (h.claimed() ? "" : ui.getTranslation("holder.unclaimed"))))
            .collect(Collectors.joining("；"));
    }
}
