package cn.nanchang.budgetflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 预算审批系统 budgetflow: starts the web application, the embedded engine and the UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("budgetflow")
// the bell in the frame shows new notices without a reload
@Push
public class BudgetflowApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BudgetflowApplication.class, args);
    }
}
