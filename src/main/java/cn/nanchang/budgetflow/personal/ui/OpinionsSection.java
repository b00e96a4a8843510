package cn.nanchang.budgetflow.personal.ui;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.personal.CommonOpinion;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** 常用意见: my list, to add to, edit in place, move up or down, and delete from. */
class OpinionsSection extends VerticalLayout {

    private final CommonOpinions opinions;
    private final Grid<CommonOpinion> grid = new Grid<>();
    private final TextField text = new TextField();

    OpinionsSection(CommonOpinions opinions) {
        this.opinions = opinions;
        setPadding(false);
        text.setId("opinion-text");
        text.setPlaceholder(getTranslation("opinions.placeholder"));
        text.setMaxLength(CommonOpinions.MAX_LENGTH);
        text.setWidth("32em");
        Button add = new Button(getTranslation("opinions.add"), e -> run(() -> opinions.add(text.getValue()), () -> text.clear()));
        add.setId("opinion-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("opinions-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::editor).setHeader(getTranslation("opinions.text")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("opinions.empty"));
        add(new H3(getTranslation("opinions.title")), new HorizontalLayout(text, add), grid);
        refresh();
    }

    private Component editor(CommonOpinion opinion) {
        TextField field = new TextField();
        field.setValue(opinion.getText());
        field.setMaxLength(CommonOpinions.MAX_LENGTH);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> opinions.edit(opinion.getId(), e.getValue()), () -> { });
            }
        });
        return field;
    }

    private Component actions(CommonOpinion opinion) {
        Button up = small("opinions.up", e -> move(opinion, -1));
        Button down = small("opinions.down", e -> move(opinion, 1));
        Button delete = small("opinions.delete", e -> run(() -> opinions.delete(opinion.getId()), () -> { }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, delete);
    }

    private Button small(String key, Consumer<Object> action) {
        Button button = new Button(getTranslation(key), e -> action.accept(e));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void move(CommonOpinion opinion, int by) {
        List<Long> ids = new ArrayList<>(opinions.mine().stream().map(CommonOpinion::getId).toList());
        int at = ids.indexOf(opinion.getId());
        int to = at + by;
        if (at < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.set(at, ids.get(to));
        ids.set(to, opinion.getId());
        run(() -> opinions.reorder(ids), () -> { });
    }

    private void run(Runnable action, Runnable then) {
        text.setInvalid(false);
        try {
            action.run();
            then.run();
        } catch (ValidationException e) {
            text.setErrorMessage(e.violations().get(0).message());
            text.setInvalid(true);
        } catch (NotFoundException e) {
            // deleted in another tab: the refresh below shows the list as it is
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(opinions.mine());
    }
}
