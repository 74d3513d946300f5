package org.clearinghouse.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.ResourceBundle;
import org.clearinghouse.shared.errors.DatabaseUnavailable;

/**
 * The container's error pages (declared in web.xml): for the API a problem+json body, for pages the portal's error
 * page when there is one. Never a stack trace.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<Integer, String> DETAILS = Map.of(
            401, "Sign in to do this: the user name or password is missing or wrong, or the account is disabled.",
            403, "You may not do this.",
            404, "There is nothing at this address.",
            405, "This address does not accept this method.",
            429, "Too many failed sign-ins: wait the number of seconds in Retry-After, then try again.",
            503,
                    "The database cannot be reached at the moment; nothing was saved. Try again in "
                            + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds.",
            500, "Something went wrong on our side; nothing was saved.");

    /** The portal's own error pages (translated, in the layout). */
    private static final Map<Integer, String> PORTAL_PAGES =
            Map.of(403, "/error/403.xhtml", 404, "/error/404.xhtml", 500, "/error/500.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
                && DatabaseUnavailable.isCauseOf(thrown)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String detail = DETAILS.getOrDefault(status, "The request could not be served.");
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\",\"errors\":[]}");
        } else if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            // the portal's layout reads the database (the signed-in account): this page is written without it
            ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", request.getLocale());
            response.setContentType("text/html");
            response.getWriter()
                    .write(UnavailablePage.html(
                            request.getLocale(),
                            messages.getString("error.503.title"),
                            messages.getString("error.503.text"),
                            request.getContextPath() + "/"));
        } else if (PORTAL_PAGES.containsKey(status)) {
            request.getRequestDispatcher(PORTAL_PAGES.get(status)).forward(request, response);
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + status + " "
                            + title(status) + "</title></head><body><h1>" + title(status) + "</h1><p>" + detail
                            + "</p><p><a href=\"" + request.getContextPath() + "/\">Home</a></p></body></html>");
        }
    }

    private static String title(int status) {
        HttpStatusTitle known = HttpStatusTitle.of(status);
        return known == null ? "Error" : known.title;
    }

    private enum HttpStatusTitle {
        UNAUTHORIZED(401, "Unauthorized"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not Found"),
        METHOD_NOT_ALLOWED(405, "Method Not Allowed"),
        TOO_MANY_REQUESTS(429, "Too Many Requests"),
        INTERNAL(500, "Internal Server Error"),
        UNAVAILABLE(503, "Service Unavailable");

        final int code;
        final String title;

        HttpStatusTitle(int code, String title) {
            this.code = code;
            this.title = title;
        }

        static HttpStatusTitle of(int code) {
            for (HttpStatusTitle t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            return null;
        }
    }
}
