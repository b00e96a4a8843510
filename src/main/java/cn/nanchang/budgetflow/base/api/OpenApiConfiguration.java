package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document at /v3/api-docs, committed as docs/openapi.json (issue 21): who the API is for, how a
 * caller signs in, and the security. The error shape and what each operation answers besides success is added by
 * {@link ErrorResponses}; which response fields are always there by {@link ResponseFieldsRequired}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The contract's version: the major is the path's (/api/v1); raise the minor when operations are added. */
    static final String VERSION = "1.0.0";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String ERROR_SCHEMA = "ApiError";

    private static final String DESCRIPTION = """
        南昌市数字科学研究中心预算审批系统（budgetflow）的 REST 接口：预算草案、项目申报、政府采购计划、预算年度、\
        调整、执行、指标台账与审批待办。所有请求须认证（HTTP Basic，与界面相同的账号；或 `POST /api/v1/auth/token` \
        签发的 Bearer 令牌）。无 JSON 请求体的修改请求（POST/PUT/DELETE）须带请求头 `X-Requested-With`（任意值）\
        或使用 Bearer 令牌。所有错误均以 JSON 返回：`{status, message, errors[{field, message}]}`，400 时 errors \
        列出出错的字段。未定义的查询参数被忽略。

        The REST API of budgetflow, the budget-approval system of the Nanchang Digital Science Research Centre: \
        budget drafts, project applications, procurement plans, budget years, adjustments, execution, the \
        indicator ledger and approval tasks. Every call is authenticated (HTTP Basic with the UI's accounts, or a \
        Bearer token issued by `POST /api/v1/auth/token`). A state-changing call (POST/PUT/DELETE) without a JSON \
        body must send the header `X-Requested-With` (any value) or use a Bearer token. Every error is JSON: \
        `{status, message, errors[{field, message}]}`; a 400 names the fields in `errors`. Unknown query \
        parameters are ignored.""";

    @Bean
    OpenAPI budgetflowOpenApi() {
        Components components = new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("与界面相同的用户名和密码 / the UI's username and password"))
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("POST /api/v1/auth/token 签发的令牌 / a token from POST /api/v1/auth/token"));
        return new OpenAPI()
            .info(new Info().title("budgetflow 预算审批 API / budget-approval API").version(VERSION).description(DESCRIPTION))
            .components(components)
            .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }
}
