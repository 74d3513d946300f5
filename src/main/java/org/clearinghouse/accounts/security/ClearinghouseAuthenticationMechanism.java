package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.clearinghouse.accounts.application.SignInOutcome;
import org.clearinghouse.accounts.application.SignInService;

/**
 * One mechanism for two kinds of caller. The API ({@code /api/...}) authenticates every call, with a personal API
 * token ({@code Authorization: Bearer chp_...}, the way for programs) or HTTP Basic, and keeps no session; anonymous
 * API calls go through, and the application services answer 401 where an identity is needed. Pages sign in through
 * the sign-in form ({@code SecurityContext.authenticate}); the identity is then kept in the HTTP session with the
 * account's security stamp, and the session ends as soon as the account is disabled or its stamp changes. A
 * protected page without a session redirects to the sign-in page. Too many failed sign-ins answer 429 with
 * {@code Retry-After} (API) or set {@link #THROTTLED_SECONDS} for the sign-in page.
 */
@ApplicationScoped
public class ClearinghouseAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = ClearinghouseAuthenticationMechanism.class.getName() + ".identity";
    /** Request attribute: the seconds a throttled sign-in must wait (a {@code Long}). */
    public static final String THROTTLED_SECONDS = ClearinghouseAuthenticationMechanism.class.getName() + ".throttled";

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String BASIC_CHALLENGE = "Basic realm=\"clearinghouse\", charset=\"UTF-8\"";

    @Inject
    SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted =
                context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (submitted instanceof UsernamePasswordCredential credential) {
            return signInFromForm(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return answer(
                    signIn.withToken(authorization.substring(7).trim(), request.getRemoteAddr()), response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential =
                    decodeBasic(authorization.substring(6).trim());
            SignInOutcome outcome = credential == null
                    ? signIn.withPassword(null, null, request.getRemoteAddr(), "basic")
                    : signIn.withPassword(
                            credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr(), "basic");
            return answer(outcome, response, context);
        }
        SessionIdentity remembered = rememberedIdentity(request);
        if (remembered != null) {
            if (signIn.sessionStillValid(remembered.name(), remembered.securityStamp())) {
                return context.notifyContainerAboutLogin(remembered.name(), remembered.groups());
            }
            endSession(request);
        }
        if (context.isProtected() && !isApi(request)) {
            String next =
                    request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(
                    request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInFromForm(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.withPassword(
                credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr(), "form");
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            request.setAttribute(THROTTLED_SECONDS, throttled.seconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!(outcome instanceof SignInOutcome.SignedIn signedIn)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(
                SESSION_IDENTITY,
                new SessionIdentity(signedIn.username(), signedIn.groups(), signedIn.securityStamp()));
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
    }

    /** The answer to an API call's credentials: signed in, 401 with a challenge, or 429 with {@code Retry-After}. */
    private static AuthenticationStatus answer(
            SignInOutcome outcome, HttpServletResponse response, HttpMessageContext context) {
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
            try {
                // the container answers through the error page, which writes problem+json for the API
                response.sendError(429);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential decodeBasic(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static SessionIdentity rememberedIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionIdentity) session.getAttribute(SESSION_IDENTITY);
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // another request of the same session ended it first
            }
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** What the session remembers of a signed-in person: name, groups, and the account's security stamp. */
    record SessionIdentity(String name, Set<String> groups, long securityStamp) implements java.io.Serializable {}
}
