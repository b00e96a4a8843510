package cn.nanchang.budgetflow.personal.ui;

import cn.nanchang.budgetflow.personal.CommonOpinions;
import cn.nanchang.budgetflow.personal.Signatures;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的设置: one's 常用意见 and handwritten signature. */
@Route("my-settings")
@Menu(title = "nav.mySettings", order = 110)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class MySettingsView extends VerticalLayout implements HasDynamicTitle {

    MySettingsView(CommonOpinions opinions, Signatures signatures) {
        add(new H2(getTranslation("settings.title")), new OpinionsSection(opinions), new SignatureSection(signatures));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.mySettings");
    }
}
