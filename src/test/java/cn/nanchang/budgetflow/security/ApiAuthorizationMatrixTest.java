package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role against every REST endpoint, the endpoints discovered from Spring MVC's handler
 * mapping so that a new one cannot slip past: the test fails until the matrix says who may call
 * it. "Allowed" means the role passes the gate (the answer is neither 401 nor 403; with ids that
 * do not exist it is typically 404 or 400); "denied" means 403 for a signed-in role and 401 for
 * anonymous callers. Which documents and tasks a role reaches is {@link IdorTest}'s subject.
 */
@ApiTestContext
class ApiAuthorizationMatrixTest {

    private static final String PASSWORD = "demo123";

    /** One demo account per role; the anonymous column sends no credentials. */
    private static final Map<String, String> USER_OF_ROLE = Map.of("STAFF", "staff1", "SECTION_HEAD", "head1",
        "FINANCE", "finance", "DIRECTOR", "director", "BUREAU", "bureau", "AUDITOR", "auditor", "ADMIN", "admin");

    private static final String MATRIX = """
        endpoint                                                  | anon | STAFF | SECTION_HEAD | FINANCE | DIRECTOR | BUREAU | AUDITOR | ADMIN
        GET  /api/v1/me                                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        GET  /api/v1/budget-drafts                                |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/budget-drafts                                |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/budget-drafts/{id}                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        PUT  /api/v1/budget-drafts/{id}                           |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/budget-drafts/{id}/submit                    |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/budget-drafts/{id}/withdraw                  |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/budget-drafts/{id}/copy                      |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/budget-lines/approved                        |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/budget-years                                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/budget-years                                 |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/budget-years/{year}                          |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/budget-years/{year}/sections/{code}/excuse   |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/budget-years/{year}/ceilings                 |  -   |   -   |      -       |    -    |    -     |   Y    |    -    |   -
        POST /api/v1/budget-years/{year}/split                    |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/budget-years/{year}/split/decision           |  -   |   -   |      -       |    -    |    Y     |   -    |    -    |   -
        POST /api/v1/budget-years/{year}/approval                 |  -   |   -   |      -       |    -    |    -     |   Y    |    -    |   -
        GET  /api/v1/budget-years/{year}/approval-lines           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/budget-years/{year}/comparison               |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/budget-years/{year}/comparison.xlsx          |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/project-applications                         |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/project-applications                         |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/project-applications/{id}                    |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        PUT  /api/v1/project-applications/{id}                    |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/project-applications/{id}/submit             |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/project-applications/{id}/withdraw           |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/project-applications/{id}/copy               |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/projects                                     |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/procurement-plans                            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/procurement-plans                            |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/procurement-plans/{id}                       |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        PUT  /api/v1/procurement-plans/{id}                       |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/procurement-plans/{id}/submit                |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/procurement-plans/{id}/withdraw              |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/procurement-plans/{id}/intentions            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/indicators                                   |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/indicators/{id}                              |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/indicators/{id}/entries                      |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/indicators/{id}/payments                     |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        POST /api/v1/indicators/{id}/payments                     |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/payments/import                              |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/payments/import-template                     |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/budget-adjustments                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/budget-adjustments                           |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/budget-adjustments/{id}                      |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        PUT  /api/v1/budget-adjustments/{id}                      |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/budget-adjustments/{id}/submit               |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        POST /api/v1/budget-adjustments/{id}/withdraw             |  -   |   Y   |      -       |    -    |    -     |   -    |    -    |   -
        GET  /api/v1/unit-proposals                               |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/unit-proposals                               |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/unit-proposals/{id}                          |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        PUT  /api/v1/unit-proposals/{id}                          |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/unit-proposals/{id}/submit                   |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/unit-proposals/{id}/withdraw                 |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/unit-proposals/consolidation                 |  -   |   -   |      -       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/tasks                                        |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/claim                         |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/unclaim                       |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/decision                      |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/documents                                    |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/documents/{id}/history                       |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/documents/{id}/latest-return                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/documents/{id}/export.xlsx                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/documents/{id}/attachments                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/documents/{id}/attachments                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/attachments/{id}                             |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        DELETE /api/v1/attachments/{id}                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/audit/verify                                 |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        POST /api/v1/audit/checkpoints                            |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        POST /api/v1/audit/checkpoints/verify                     |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        GET  /api/v1/audit/proofs/inclusion                       |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        GET  /api/v1/audit/proofs/consistency                     |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   Y
        GET  /api/v1/audit/documents                              |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        GET  /api/v1/audit/documents.{format:xlsx|csv}            |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        GET  /api/v1/audit/documents/{id}/timeline                |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        GET  /api/v1/audit/documents/{id}/timeline.{format:xlsx|csv} | - |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        GET  /api/v1/audit/documents/{id}/diagram                 |  -   |   -   |      -       |    -    |    -     |   -    |    Y    |   -
        GET  /api/v1/audit/documents/{id}/approval-sheet          |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/login-locks                                  |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/login-locks/{username}/unlock                |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/tasks/{taskId}/return-targets                |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/tasks/{taskId}/transfer-targets              |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/transfer                      |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/tasks/{taskId}/delegate-targets              |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/delegate                      |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/resolve                       |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/proxies                                      |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/proxies                                      |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/proxies/candidates                           |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        DELETE /api/v1/proxies/{id}                               |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/tasks/{taskId}/signer-targets                |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/tasks/{taskId}/add-signer                    |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/documents/{id}/removable-signer              |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/documents/{id}/remove-signer                 |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/documents/{id}/operations                    |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/documents/{id}/withdraw-approval             |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/documents/{id}/void                          |  -   |   Y   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/documents/{id}/cc                            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        POST /api/v1/documents/{id}/cc                            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/documents/{id}/cc/read                       |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/cc                                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/cc/unread-count                              |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/documents/{id}/chase                         |  -   |   Y   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/notifications                                |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/notifications/unread-count                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/notifications/{id}/read                      |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/notifications/read-all                       |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/reports/{year}/disclosure                    |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/reports/{year}/disclosure.xlsx               |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/reports/{year}/disclosure.pdf                |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/reports/{year}/disclosure.docx               |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        POST /api/v1/reports/{year}/disclosure/submit             |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        POST /api/v1/reports/{year}/disclosure/approve            |  -   |   -   |      -       |    -    |    Y     |   -    |    -    |   -
        POST /api/v1/reports/{year}/disclosure/return             |  -   |   -   |      -       |    -    |    Y     |   -    |    -    |   -
        GET  /api/v1/reports/{year}/disclosure/texts              |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        PUT  /api/v1/reports/{year}/disclosure/texts              |  -   |   -   |      -       |    Y    |    -     |   -    |    -    |   -
        GET  /api/v1/reports/{year}/adjusted.xlsx                 |  -   |   -   |      -       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/execution/{year}                             |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        GET  /api/v1/execution/{year}.xlsx                        |  -   |   Y   |      Y       |    Y    |    Y     |   -    |    Y    |   -
        POST /api/v1/tasks/batch-approve                          |  -   |   -   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/documents/{id}/path-preview                  |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   -
        GET  /api/v1/me/opinions                                  |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        POST /api/v1/me/opinions                                  |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        PUT  /api/v1/me/opinions/{id}                             |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        DELETE /api/v1/me/opinions/{id}                           |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        PUT  /api/v1/me/opinions/order                            |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/me/signature                                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        PUT  /api/v1/me/signature                                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        DELETE /api/v1/me/signature                               |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    -    |   -
        GET  /api/v1/admin/users                                  |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/users                                  |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/users/changes                          |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/users/{username}                       |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        PUT  /api/v1/admin/users/{username}                       |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/users/{username}/disable               |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/users/{username}/enable                |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/users/{username}/password              |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/sections                               |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/sections                               |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/sections/changes                       |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/sections/{sectionCode}                 |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        PUT  /api/v1/admin/sections/{sectionCode}                 |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        DELETE /api/v1/admin/sections/{sectionCode}               |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/sections/{sectionCode}/disable         |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/sections/{sectionCode}/enable          |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/roster/template                        |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/roster/preview                         |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/roster/import                          |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        GET  /api/v1/admin/incidents                              |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/admin/incidents/{id}/retry                   |  -   |   -   |      -       |    -    |    -     |   -    |    -    |   Y
        POST /api/v1/auth/token                                   |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        DELETE /api/v1/auth/token                                 |  -   |   Y   |      Y       |    Y    |    Y     |   Y    |    Y    |   Y
        """;

    private final MockMvc mvc;
    private final RequestMappingHandlerMapping mappings;

    ApiAuthorizationMatrixTest(@Autowired MockMvc mvc,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mvc = mvc;
        this.mappings = mappings;
    }

    @Test
    void the_matrix_names_exactly_the_endpoints_the_application_serves() {
        assertThat(discoveredEndpoints())
            .as("every /api endpoint needs a row in the matrix (and every row an endpoint)")
            .isEqualTo(MatrixTable.parse(MATRIX).keySet());
    }

    @Test
    void every_role_is_allowed_or_denied_each_endpoint_exactly_as_the_matrix_says() throws Exception {
        Map<String, Map<String, Boolean>> matrix = MatrixTable.parse(MATRIX);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var row : matrix.entrySet()) {
            String[] endpoint = row.getKey().split(" ", 2);
            for (var cell : row.getValue().entrySet()) {
                int status = call(endpoint[0], endpoint[1], cell.getKey());
                boolean anonymous = MatrixTable.ANONYMOUS.equals(cell.getKey());
                boolean allowed = status != 401 && status != 403;
                int deniedStatus = anonymous ? 401 : 403;
                if (cell.getValue() != allowed || (!allowed && status != deniedStatus) || status >= 500) {
                    wrong.add(row.getKey() + " as " + cell.getKey() + ": " + status + ", expected "
                        + (cell.getValue() ? "allowed" : deniedStatus));
                }
                checked++;
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
        assertThat(checked).isEqualTo(matrix.size() * MatrixTable.COLUMNS.size());
    }

    private Set<String> discoveredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    assertThat(methods).as("a handler without an HTTP method: " + pattern).isNotEmpty();
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    /**
     * The status the role gets; path variables are filled with values that name nothing that exists,
     * and reads get the one parameter any of them requires, so that a 400 cannot hide a refusal.
     */
    private int call(String method, String pattern, String role) throws Exception {
        String uri = pattern.replace("{id}", "987654321").replace("{taskId}", "no-such-task")
            .replace("{username}", "no-such-user").replace("{year}", "2024").replace("{code}", "S01").replace("{sectionCode}", "S999").replace("{format:xlsx|csv}", "csv")
            + (method.equals("GET") ? "?fiscalYear=2024" : "");
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri).accept(MediaType.APPLICATION_JSON);
        if (!method.equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (!MatrixTable.ANONYMOUS.equals(role)) {
            request.with(httpBasic(USER_OF_ROLE.get(role), PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void the_matrix_covers_all_eight_columns_for_every_row() {
        Map<String, Map<String, Boolean>> matrix = MatrixTable.parse(MATRIX);
        assertThat(matrix.values().stream().map(Map::keySet).collect(Collectors.toSet()))
            .containsExactly(Set.copyOf(MatrixTable.COLUMNS));
    }
}
