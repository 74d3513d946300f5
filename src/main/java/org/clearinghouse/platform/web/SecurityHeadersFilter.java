package org.clearinghouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The protective headers on every response, pages, API and static files alike: no framing by another site, no
 * content sniffing, no full address leaked to other sites, no powerful browser features, HSTS over HTTPS, and a
 * year's cache for resources whose address carries their version (kept in memory after their first request:
 * {@link VersionedResourceCache}). The pages' script policy (a nonce per response)
 * is PrimeFaces' own {@code Content-Security-Policy} header; browsers enforce both policies.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Applies to every response; the pages' script policy comes in PrimeFaces' own header beside it. */
    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    static final String VERSIONED_RESOURCE_CACHE = "public, max-age=31536000, immutable";

    private final transient VersionedResourceCache resources = new VersionedResourceCache();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (isVersionedResource(request.getRequestURI(), request.getQueryString())) {
            response.setHeader("Cache-Control", VERSIONED_RESOURCE_CACHE);
            // Faces would write its own week-long lifetime over ours; the answer is kept in memory after the first
            resources.serve(request, new KeepCacheControl(response), chain);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Faces resource whose address names its version ({@code v=}): a new version has a new address. */
    static boolean isVersionedResource(String uri, String query) {
        if (uri == null || query == null || !uri.contains("/jakarta.faces.resource/")) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v=") && parameter.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /** Ignores the lifetime that the resource handler writes, keeping the year set above. */
    private static final class KeepCacheControl extends HttpServletResponseWrapper {

        KeepCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isLifetime(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isLifetime(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isLifetime(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isLifetime(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isLifetime(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }
    }
}
