package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps another site from using a browser's credentials against /api (issue 12 §3). The API never
 * asks a browser for Basic credentials (no {@code WWW-Authenticate}), but a browser may still hold
 * them; so, before anyone is authenticated:
 * <ul>
 * <li>a request that the browser marks as coming from another site ({@code Sec-Fetch-Site} other
 * than {@code same-origin}/{@code none}) or from another origin ({@code Origin}) is refused;</li>
 * <li>a state-changing request must carry something a cross-site HTML form or a CORS-simple
 * {@code fetch} cannot send: a content type other than form data or plain text (JSON, an image,
 * multipart for uploads), the header {@value #HEADER}, or a bearer token. Scripts and other
 * programs send neither {@code Origin} nor {@code Sec-Fetch-Site}, so they pass the first rule.</li>
 * </ul>
 * Multipart passes the second rule for uploads; a browser always sends {@code Origin} with a
 * cross-origin POST, so the first rule refuses a forged one.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    private final ObjectMapper json;
    private final Messages messages;

    CrossSiteRequestGuard(ObjectMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            ApiSecurityConfiguration.write(response, json, 403, messages.get("api.error.crossSite"));
        } else if (!SAFE_METHODS.contains(request.getMethod()) && formLike(request)) {
            ApiSecurityConfiguration.write(response, json, 403, messages.get("api.error.csrfHeader", HEADER));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !SAME_SITE_FETCHES.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.strip().equalsIgnoreCase(ownOrigin(request));
    }

    /** This server's origin as the browser sees it (behind the proxy, from its forwarded headers). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /** Whether nothing in the request shows that a script, not a form, sent it. */
    private static boolean formLike(HttpServletRequest request) {
        String custom = request.getHeader(HEADER);
        String authorization = request.getHeader("Authorization");
        if ((custom != null && !custom.isBlank())
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))) {
            return false;
        }
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return true;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED) || media.isCompatibleWith(MediaType.TEXT_PLAIN);
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }
}
