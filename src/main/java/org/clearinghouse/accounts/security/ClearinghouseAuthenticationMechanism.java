package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for two kinds of caller. The API ({@code /api/...}) authenticates every call with HTTP Basic and keeps
 * no session; anonymous API calls go through, and the application services answer 401 where an identity is needed.
 * Pages sign in through the sign-in form ({@code SecurityContext.authenticate}); the identity is then kept in the
 * HTTP session, and a protected page without it redirects to the sign-in page.
 */
@ApplicationScoped
public class ClearinghouseAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = ClearinghouseAuthenticationMechanism.class.getName() + ".identity";
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String BASIC_CHALLENGE = "Basic realm=\"clearinghouse\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted =
                context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (submitted != null) {
            return signInFromForm(request, context, submitted);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        SessionIdentity remembered = rememberedIdentity(request);
        if (remembered != null) {
            return context.notifyContainerAboutLogin(remembered.name(), remembered.groups());
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
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(
                SESSION_IDENTITY,
                new SessionIdentity(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String token, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = decodeBasic(token);
        CredentialValidationResult result =
                credential == null ? CredentialValidationResult.INVALID_RESULT : identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        // the container answers 401 through the error page, which writes problem+json for the API
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

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** What the session remembers of a signed-in person. */
    record SessionIdentity(String name, Set<String> groups) implements java.io.Serializable {}
}
