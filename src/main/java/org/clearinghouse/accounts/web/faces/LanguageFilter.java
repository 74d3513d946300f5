package org.clearinghouse.accounts.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Applies {@code ?lang=xx} on any page, and the browser's language on the first page of a session. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSwitcher languages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        languages.initialiseFrom(request);
        if ("GET".equals(request.getMethod()) && request.getParameter("lang") != null) {
            languages.choose(request.getParameter("lang"));
        }
        chain.doFilter(request, response);
    }
}
