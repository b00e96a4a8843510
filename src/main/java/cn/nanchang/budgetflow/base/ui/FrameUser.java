package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;

/**
 * What the frame ({@link MainLayout}) shows of the signed-in person and what it asks of them. The
 * frame lives in {@code base}, which depends on nothing else of ours; the security module knows
 * who is signed in and supplies this as a Spring bean.
 */
public interface FrameUser {

    /** The line in the top bar naming the person, e.g. 李晓明（科员 · 综合科）. */
    String displayLine();

    /** Components shown in the top bar between the title and the person, e.g. the bell. */
    List<Component> topBarItems();

    /** Signs the person out. */
    void logout();

    /** The route where this person's day begins, where a sign-in lands. */
    String startRoute();

    /**
     * The menu item as this person's role shows it: the same view may carry another label or
     * place for one role (a 科员's 我的申报 is everyone else's 申报查询). The title is a message key.
     */
    MenuEntry menuEntry(MenuEntry entry);
}
