package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.PageRefused;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the audit log that a page refused its reader (see {@link PageRefused}); never fails the page. */
@Component
public class UiRefusals {

    private static final Logger log = LoggerFactory.getLogger(UiRefusals.class);

    private final ApplicationEventPublisher events;

    UiRefusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The bean, from code Vaadin runs outside Spring's reach (static helpers); none outside a Vaadin request. */
    static java.util.Optional<UiRefusals> current() {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? java.util.Optional.empty() : java.util.Optional.of(service.getInstantiator().getOrCreate(UiRefusals.class));
    }

    /** An address the reader may not open, shown as a page that does not exist. */
    void addressRefused(String path) {
        publish(new PageRefused("页面 " + template(path) + " → 404", "/" + path));
    }

    /** An action a service turned down, with the message shown. */
    void actionRefused(RuntimeException refusal) {
        int status = refusal instanceof ConflictException ? 409 : refusal instanceof ForbiddenException ? 403 : 404;
        UI ui = UI.getCurrent();
        String path = ui == null ? "" : ui.getActiveViewLocation().getPath();
        publish(new PageRefused("页面 " + template(path) + " 操作 → " + status, String.valueOf(refusal.getMessage())));
    }

    private void publish(PageRefused refused) {
        try {
            events.publishEvent(refused);
        } catch (RuntimeException e) {
            log.error("page refusal not audited: {}", refused.what(), e);
        }
    }

    /** One window for every id a person tries: numeric segments become {id}. */
    static String template(String path) {
        return path.replaceAll("(^|/)\\d+(?=/|$)", "$1{id}");
    }
}
