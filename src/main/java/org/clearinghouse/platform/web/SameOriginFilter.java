package org.clearinghouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * CSRF defence for every form and every API call: a state-changing request (anything but GET, HEAD, OPTIONS and
 * TRACE) that a browser sent from another site is refused with 403. Browsers name the page that sent a request in
 * {@code Origin} (or, failing that, {@code Referer}); it must be this server's own scheme, host and port, or one of
 * the origins listed in {@code TRUSTED_ORIGINS} (comma-separated, for a reverse proxy that rewrites the host).
 * Requests with neither header come from programs, not from a page of another site, and pass; so does the
 * session cookie's {@code SameSite=Lax} (undertow-handlers.conf) keep it off cross-site POSTs in the first place.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private Set<String> trusted = Set.of();

    @Override
    public void init() {
        trusted = trustedOrigins(System.getenv("TRUSTED_ORIGINS"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + request.getRequestURI() + " from "
                + sender(request));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private boolean allowed(HttpServletRequest request) {
        String sender = sender(request);
        if (sender == null) {
            return true;
        }
        String origin = origin(sender);
        return origin != null && (origin.equals(own(request)) || trusted.contains(origin));
    }

    private static String sender(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null ? origin : request.getHeader("Referer");
    }

    /** {@code scheme://host:port} of a URL, the port always written; null when it is none ("null" included). */
    static String origin(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String own(HttpServletRequest request) {
        return request.getScheme().toLowerCase(Locale.ROOT) + "://"
                + request.getServerName().toLowerCase(Locale.ROOT) + ":" + request.getServerPort();
    }

    static Set<String> trustedOrigins(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(SameOriginFilter::origin)
                .filter(o -> o != null)
                .collect(Collectors.toUnmodifiableSet());
    }
}
