package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.DocumentStatus;
import com.vaadin.flow.component.html.Span;

/** A document status as a coloured badge. */
public class StatusBadge extends Span {

    public StatusBadge(DocumentStatus status) {
        setText(getTranslation(status.labelKey()));
        getElement().getThemeList().add("badge");
        switch (status) {
            case APPROVED -> getElement().getThemeList().add("success");
            case RETURNED -> getElement().getThemeList().add("error");
            case IN_REVIEW, ACCEPTED -> getElement().getThemeList().add("contrast");
            case VOIDED -> {
                getElement().getThemeList().add("contrast");
                getElement().getThemeList().add("primary");
            }
            case DRAFT -> { }
        }
        addClassName("status-badge");
        getElement().setAttribute("data-status", status.name());
    }
}
