package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Methods the API does not serve and addresses it cannot read answer like every other error (issue 21 §4):
 * TRACE and OPTIONS on /api are a JSON 405 before anyone is authenticated (no CORS here, so no pre-flight to
 * answer); TRACE elsewhere a bare 405. Tomcat would refuse TRACE itself with an empty body, so it lets it
 * through to this filter. An address that Spring Security's firewall refuses (an encoded slash or a
 * semicolon in a path parameter) is a JSON 400 naming the path instead of an empty one.
 */
@Configuration(proxyBeanMethods = false)
class RefusedMethods {

    private static final Set<String> REFUSED_ON_API = Set.of("TRACE", "OPTIONS");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusedMethodsFilter(ObjectMapper json, Messages messages) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean api = isApi(request);
                if (api && REFUSED_ON_API.contains(request.getMethod())) {
                    write(response, json, new ApiError(405, messages.get("api.error.method", request.getMethod()), List.of()));
                } else if ("TRACE".equals(request.getMethod())) {
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTheFilter() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    @Bean
    RequestRejectedHandler apiRequestRejected(ObjectMapper json, Messages messages) {
        return (request, response, e) -> {
            if (!isApi(request)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String message = messages.get("api.error.badAddress");
            write(response, json, new ApiError(400, "path：" + message, List.of(new cn.nanchang.budgetflow.base.FieldViolation("path", message))));
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** An error written straight to the response, by a filter that answers before Spring MVC does. */
    static void write(HttpServletResponse response, ObjectMapper json, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
