package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.personal.CommonOpinions;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** 常用意见: picking one adds it to the comment (after what is written there already). */
class OpinionPicker extends Select<String> {

    OpinionPicker(String id, CommonOpinions opinions, TextArea comment) {
        this(id, opinions.choices(), comment);
    }

    OpinionPicker(String id, List<String> choices, TextArea comment) {
        setId(id);
        setLabel(getTranslation("opinions.pick"));
        setPlaceholder(getTranslation("opinions.pickPlaceholder"));
        setItems(choices);
        addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String written = comment.getValue() == null ? "" : comment.getValue();
            comment.setValue(written.isBlank() ? e.getValue() : written + e.getValue());
            clear();
        });
    }
}
