package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.base.ui.FrameUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.BellFeed;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * The frame's view of the signed-in person ({@link FrameUser}): who they are, the bell for those
 * who receive notices (not the auditors and the administrator, who act on nothing), where their
 * day begins, and the one menu item a role names and places differently.
 */
@org.springframework.stereotype.Component
class SignedInFrame implements FrameUser {

    private static final String STAFF_DOCUMENTS = "documents";
    /** A 科员's own documents come first in their menu, above the forms that create them. */
    private static final double STAFF_DOCUMENTS_ORDER = 0;

    private final CurrentActor currentActor;
    private final AuthenticationContext authentication;
    private final BellFeed bell;
    private final Messages messages;

    SignedInFrame(CurrentActor currentActor, AuthenticationContext authentication, BellFeed bell, Messages messages) {
        this.currentActor = currentActor;
        this.authentication = authentication;
        this.bell = bell;
        this.messages = messages;
    }

    @Override
    public String displayLine() {
        Actor actor = currentActor.get();
        String role = messages.get(actor.role().labelKey());
        return actor.displayName() + "（" + role + (actor.sectionName() == null ? "" : " · " + actor.sectionName()) + "）";
    }

    @Override
    public List<Component> topBarItems() {
        Actor actor = currentActor.get();
        if (actor.role() == Role.AUDITOR || actor.role() == Role.ADMIN) {
            return List.of();
        }
        return List.of(new BellMenu(bell, actor.username()));
    }

    @Override
    public void logout() {
        // a shared office machine: the next person at it must not find this person's unsaved forms
        BrowserDraft.clearAllOf(UI.getCurrent(), currentActor.get().username());
        authentication.logout();
    }

    @Override
    public String startRoute() {
        return switch (currentActor.get().role()) {
            case STAFF -> "documents";
            case AUDITOR -> "audit/documents";
            case ADMIN -> "users";
            case SECTION_HEAD, FINANCE, DIRECTOR, BUREAU -> "inbox";
        };
    }

    @Override
    public MenuEntry menuEntry(MenuEntry entry) {
        if (currentActor.get().role() == Role.STAFF && STAFF_DOCUMENTS.equals(entry.path().replaceFirst("^/", ""))) {
            return new MenuEntry(entry.path(), "nav.myDocuments", STAFF_DOCUMENTS_ORDER, entry.icon(), entry.menuClass());
        }
        return entry;
    }
}
