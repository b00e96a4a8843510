package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.budgetyear.SectionRequestState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/**
 * The sections of the current request round: each section's request (number linking to its
 * page) with its status, the 逾期 mark when the deadline passed without it, and 未纳入 with the
 * reason when 财务 proceeded without it. {@code action} adds what the reader may do on a row.
 */
class SectionsGrid extends Grid<SectionRequestState> {

    SectionsGrid(List<SectionRequestState> sections, Function<SectionRequestState, Component> action) {
        setId("sections-grid");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(SectionRequestState::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        addComponentColumn(this::request).setHeader(getTranslation("years.sections.request")).setAutoWidth(true);
        addComponentColumn(this::status).setHeader(getTranslation("common.status")).setAutoWidth(true);
        addComponentColumn(this::marks).setHeader(getTranslation("years.sections.marks")).setFlexGrow(1);
        addComponentColumn(action::apply).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        setItems(sections);
        setEmptyStateText(getTranslation("years.sections.none"));
    }

    private Component request(SectionRequestState s) {
        if (s.requestId() == null) {
            return new Span(getTranslation("years.sections.noRequest"));
        }
        Anchor link = new Anchor(DocumentType.BUDGET_DRAFT.routePrefix() + "/" + s.requestId(), s.requestNumber());
        link.addClassName("section-request");
        link.getElement().setAttribute("data-section", s.sectionCode());
        return link;
    }

    private Component status(SectionRequestState s) {
        if (s.status() == null) {
            Span none = new Span(getTranslation("years.sections.notDrafted"));
            none.getElement().getThemeList().add("badge");
            return none;
        }
        StatusBadge badge = new StatusBadge(s.status());
        badge.getElement().setAttribute("data-section", s.sectionCode());
        return badge;
    }

    private Component marks(SectionRequestState s) {
        Span marks = new Span();
        marks.getElement().setAttribute("data-section", s.sectionCode());
        marks.addClassName("section-marks");
        if (s.overdue()) {
            Span overdue = new Span(getTranslation("years.sections.overdue"));
            overdue.getElement().getThemeList().addAll(List.of("badge", "error"));
            overdue.addClassName("section-overdue");
            marks.add(overdue);
        }
        if (s.excused()) {
            // a reason is a sentence: plain text that wraps, not a badge that clips it
            Span excused = new Span(getTranslation("years.sections.excused", s.excuseReason()));
            excused.addClassName("section-excused");
            marks.add(excused);
        }
        return marks;
    }
}
