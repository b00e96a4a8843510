package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages shown instead of Vaadin's own error pages, which in development mode list every route
 * and print stack traces. A page the person may not open looks exactly like one that does not
 * exist (as in Vaadin's production mode), so that neither the address nor the reason leaks.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static Div page(com.vaadin.flow.component.Component host, String titleKey, String messageKey) {
        Div box = new Div(new H2(host.getTranslation(titleKey)), new Paragraph(host.getTranslation(messageKey)),
            new Anchor("", host.getTranslation("error.home")));
        box.setId("error-page");
        return box;
    }

    /** 页面不存在: an unknown address, or a document that is not the reader's to open. */
    @AnonymousAllowed
    static class NotFound extends RouteNotFoundError {
        private final UiRefusals refusals;

        NotFound(UiRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            refusals.addressRefused(event.getLocation().getPath());
            getElement().removeAllChildren();
            getElement().appendChild(page(this, "error.notFound.title", "error.notFound.message").getElement());
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A page the person's role does not open (development mode; production reroutes to not found itself). */
    @AnonymousAllowed
    static class Denied extends RouteAccessDeniedError {
        private final UiRefusals refusals;

        Denied(UiRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            refusals.addressRefused(event.getLocation().getPath());
            getElement().removeAllChildren();
            getElement().appendChild(page(this, "error.notFound.title", "error.notFound.message").getElement());
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** Anything unexpected: logged with its trace on the server, a plain message in the browser. */
    @AnonymousAllowed
    static class Failure extends InternalServerError {
        private static final Logger log = LoggerFactory.getLogger(Failure.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            log.error("unexpected error showing {}", event.getLocation().getPath(), parameter.getCaughtException());
            getElement().removeAllChildren();
            getElement().appendChild(page(this, "error.failure.title", "error.failure.message").getElement());
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
