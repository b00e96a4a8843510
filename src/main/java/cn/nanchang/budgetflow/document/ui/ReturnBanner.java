package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.document.ReturnNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The red banner at the top of a returned document's page and editor: who returned it (name and
 * role), from which step, when, and their opinion, so that the drafter need not search 审批记录.
 */
public class ReturnBanner extends Div {

    static final String ID = "return-banner";

    ReturnBanner(ReturnNotice notice, boolean toDrafter) {
        setId(ID);
        addClassName("return-banner");
        getElement().setAttribute("role", "alert");
        Span title = new Span(getTranslation(toDrafter ? "returnBanner.title" : "returnBanner.titleForReaders"));
        title.addClassName("return-banner-title");
        String role = notice.role() == null ? "" : "（" + getTranslation("role." + notice.role()) + "）";
        String step = notice.step() == null ? "" : getTranslation(notice.step().labelKey());
        Div facts = new Div(getTranslation("returnBanner.facts", notice.actorName() + role, step, Formats.time(notice.at())));
        facts.addClassName("return-banner-facts");
        Div opinion = new Div(getTranslation("returnBanner.opinion", notice.comment() == null ? "" : notice.comment()));
        opinion.addClassName("return-banner-opinion");
        add(title, facts, opinion);
        if (notice.details() != null) {
            Div details = new Div(notice.details());
            details.addClassName("return-banner-details");
            add(details);
        }
    }

    /**
     * The banner when the notice is there, else an invisible placeholder; a failure to read it
     * shows the usual part notice and leaves the rest of the page alone. The drafter is asked to
     * revise; other readers are told it is with the drafter.
     */
    public static Component of(Supplier<Optional<ReturnNotice>> notice, boolean toDrafter) {
        return PagePart.guarded(ID, "returnBanner.part",
            () -> notice.get().<Component>map(n -> new ReturnBanner(n, toDrafter)).orElseGet(ReturnBanner::nothing));
    }

    private static Component nothing() {
        Div none = new Div();
        none.setVisible(false);
        return none;
    }
}
