package cn.nanchang.budgetflow.base.api;

import cn.nanchang.budgetflow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies are at most {@value #SHOWN} (issue 12 §5): the largest real body, a procurement plan
 * or a unit proposal with hundreds of lines, is a few tens of KB. A declared larger body is refused with
 * 413 before anyone is authenticated; a chunked one stops being read at the limit and is answered 413 by
 * {@link ApiExceptionHandler}. Multipart uploads keep their own limits (spring.servlet.multipart.*).
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

    static final long MAX_BYTES = 1024 * 1024;
    static final String SHOWN = "1 MB";

    /** Thrown by the body's stream once it has given the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over " + SHOWN);
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBodyLimitFilter(ObjectMapper json, Messages messages) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
                    chain.doFilter(request, response);
                } else if (request.getContentLengthLong() > MAX_BYTES) {
                    RefusedMethods.write(response, json, new ApiError(413, messages.get("api.error.tooLarge", SHOWN), List.of()));
                } else {
                    chain.doFilter(new Bounded(request), response);
                }
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** A request whose body stream fails with {@link TooLarge} after {@link #MAX_BYTES} bytes. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new CountingStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CountingStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
