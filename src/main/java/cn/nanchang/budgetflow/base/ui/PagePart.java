package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One part of a page built so that its failure stays its own: when building the part throws,
 * the part is replaced by a short notice naming it, the error is logged with the part's name,
 * and the rest of the page is shown as usual. A document page is a dozen such parts (the path
 * preview, the copies, the history…); a defect in one must not hide the document and its
 * review form from the people who need them.
 */
public final class PagePart {

    private static final Logger log = LoggerFactory.getLogger(PagePart.class);

    private PagePart() {
    }

    /**
     * The part {@code build} makes, or the notice in its place.
     *
     * @param id       the part's element id, kept on the notice so that tests and styles find it
     * @param titleKey the message key of the part's title, for the notice
     */
    public static Component guarded(String id, String titleKey, Supplier<? extends Component> build) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            log.error("page part {} failed", id, e);
            Div notice = new Div();
            notice.setId(id);
            notice.addClassName("page-part-failed");
            notice.setText(notice.getTranslation("page.partFailed", notice.getTranslation(titleKey)));
            return notice;
        }
    }
}
