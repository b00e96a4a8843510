package cn.nanchang.budgetflow.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.core.converter.ModelConverters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to every operation the error answers it can give, each with {@link ApiError} (issue 21 §1), from
 * what the operation has: 401, 403 and 500 always (every call is authenticated and authorized); 400 always
 * (a parameter, a body, or a credential the call needs and lacks); 404 always (a document, year or address that is not there, or not the caller's to see); 409 when it changes something; 413 and 415 with a body.
 * A state-changing operation also documents {@code X-Requested-With}, which {@code CrossSiteRequestGuard}
 * wants from a call without a JSON body and without a bearer token.
 */
@Component
class ErrorResponses implements OpenApiCustomizer {

    static final String SCRIPT_HEADER = "X-Requested-With";

    private static final Map<String, String> MEANINGS = meanings();

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("400", "输入有误，errors 列出字段 / bad input, errors names the fields");
        m.put("401", "未认证 / not authenticated");
        m.put("403", "无权执行，或跨站请求 / not allowed, or a cross-site request");
        m.put("404", "不存在或无权查看 / not found (or not visible to the caller)");
        m.put("409", "状态冲突或已被他人修改 / conflicting state or a concurrent change");
        m.put("413", "请求内容过大 / request body too large");
        m.put("415", "请求内容须为 JSON / the body must be JSON");
        m.put("500", "系统内部错误 / unexpected server error");
        return Map.copyOf(m);
    }

    @Override
    public void customise(OpenAPI openApi) {
        errorSchemas().forEach(openApi.getComponents()::addSchemas);
        openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, op) -> describe(method, op)));
    }

    /** {@link ApiError} and its {@code FieldViolation}, as Jackson writes them: errors left out when empty. */
    private static Map<String, Schema> errorSchemas() {
        Map<String, Schema> schemas = ModelConverters.getInstance().readAll(ApiError.class);
        schemas.get(OpenApiConfiguration.ERROR_SCHEMA).required(List.of("status", "message"))
            .description("错误应答；errors 仅在 400 时出现 / an error answer; errors only on 400");
        schemas.values().stream().filter(s -> s.getRequired() == null)
            .forEach(s -> s.required(List.copyOf(s.getProperties().keySet())));
        return schemas;
    }

    private void describe(PathItem.HttpMethod method, Operation op) {
        boolean body = op.getRequestBody() != null;
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        ApiResponses responses = op.getResponses();
        add(responses, "400", true);
        add(responses, "401", true);
        add(responses, "403", true);
        add(responses, "404", true);
        add(responses, "409", changes);
        add(responses, "413", body);
        add(responses, "415", body);
        add(responses, "500", true);
        if (changes) {
            op.addParametersItem(new HeaderParameter().name(SCRIPT_HEADER).required(false).schema(new StringSchema())
                .description("无 JSON 请求体且未用 Bearer 令牌时必须带（任意值，如 XMLHttpRequest），否则 403 / "
                    + "required (any value, e.g. XMLHttpRequest) when the call has no JSON body and no bearer token, else 403"));
        }
    }

    private static void add(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(MEANINGS.get(status)).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.ERROR_SCHEMA)))));
        }
    }
}
