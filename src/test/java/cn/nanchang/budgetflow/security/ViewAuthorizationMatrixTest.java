package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.ui.MainLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.util.ClassUtils;

/**
 * Every role against every Vaadin route, decided by Vaadin's own {@link AccessAnnotationChecker}
 * (the checker its navigation access control runs before a view is created) on the view and on
 * its layout (the {@code @Layout} frame, unless the view opts out). Routes are discovered from the
 * {@code @Route} and {@code @RouteAlias} annotations
 * on the classpath, so a new view fails this test until the matrix says who may open it. Over
 * HTTP, {@link HttpHardeningTest} shows that anonymous requests for each route go to the login page.
 */
class ViewAuthorizationMatrixTest {

    static final String MATRIX = """
        route                                   | anon | STAFF | SECTION_HEAD | FINANCE | DIRECTOR | BUREAU | AUDITOR | ADMIN
        login                                   |  Y   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        (root)                                  |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        documents                               |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        inbox                                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        handled                                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        budget-drafts/new                       |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        budget-drafts/:id([0-9]+)/edit          |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        budget-drafts/:id([0-9]+)               |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        project-applications/new                |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        project-applications/:id([0-9]+)/edit   |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        project-applications/:id([0-9]+)        |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        projects                                |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        procurement-plans/new                   |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        procurement-plans/:id([0-9]+)/edit      |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        procurement-plans/:id([0-9]+)           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        budget-adjustments/new                  |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        budget-adjustments/:id([0-9]+)/edit     |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        budget-adjustments/:id([0-9]+)          |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        unit-proposals/new                      |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        unit-proposals/:id([0-9]+)/edit         |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        unit-proposals/:id([0-9]+)              |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        budget-years                            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        budget-years/:year([0-9]{4})            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        budget-years/:year([0-9]{4})/comparison |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        indicators                              |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        approval-sheet/:id([0-9]+)              |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        audit/documents                         |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        audit/documents/:id([0-9]+)             |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        audit                                   |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        thresholds                              |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        users                                   |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        sections                                |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        roster                                  |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        password                                |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        incidents                               |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        cc                                      |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        proxies                                 |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        notifications                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        reports/disclosure/:year?([0-9]{4})     |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   Y
        reports/disclosure-texts/:year?([0-9]{4}) |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        my-settings                             |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        execution                               |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        """;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void the_matrix_names_exactly_the_routes_the_application_has() {
        assertThat(routes().keySet()).isEqualTo(MatrixTable.parse(MATRIX).keySet());
    }

    @Test
    void every_role_may_open_each_route_exactly_as_the_matrix_says() {
        Map<String, Class<?>> routes = routes();
        List<String> wrong = new ArrayList<>();
        MatrixTable.parse(MATRIX).forEach((route, row) -> row.forEach((role, allowed) -> {
            Class<?> view = routes.get(route);
            boolean actual = mayOpen(view, role);
            if (actual != allowed) {
                wrong.add(route + " as " + role + ": " + (actual ? "opens" : "refused") + ", expected "
                    + (allowed ? "opens" : "refused"));
            }
        }));
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    /** The view and, as Vaadin checks too, the layout it is shown in. */
    private boolean mayOpen(Class<?> view, String role) {
        Principal principal = MatrixTable.ANONYMOUS.equals(role) ? null
            : UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(), null, List.of());
        boolean viewAllowed = checker.hasAccess(view, principal, role::equals);
        Route route = view.getAnnotation(Route.class);
        // a view without a layout of its own is shown in the @Layout frame unless it opts out
        Class<? extends RouterLayout> layout = route.layout() == com.vaadin.flow.component.UI.class && route.autoLayout()
            ? MainLayout.class : route.layout();
        boolean layoutAllowed = layout == com.vaadin.flow.component.UI.class || layout == RouterLayout.class
            || checker.hasAccess(layout, principal, role::equals);
        return viewAllowed && layoutAllowed;
    }

    /** Route template to view, from the annotations of every class under the application's package. */
    static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("cn.nanchang.budgetflow")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            routes.put(name(view.getAnnotation(Route.class).value()), view);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(name(alias.value()), view);
            }
        }
        return routes;
    }

    private static String name(String template) {
        return template.isEmpty() ? "(root)" : template;
    }
}
