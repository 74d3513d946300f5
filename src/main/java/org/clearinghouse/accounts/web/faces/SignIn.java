package org.clearinghouse.accounts.web.faces;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.security.ClearinghouseAuthenticationMechanism;
import org.clearinghouse.platform.DemoMode;
import org.clearinghouse.platform.web.faces.Texts;

/** The sign-in form: checks the password, keeps the identity in the session, then opens the page asked for. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageSwitcher languages;

    @Inject
    CurrentUser currentUser;

    @Inject
    DemoMode demoMode;

    private String username;
    private String password;
    private String next;

    /** A signed-in person who opens the sign-in page goes to the home page of the role. */
    public void redirectIfSignedIn() throws IOException {
        if (currentUser.isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + currentUser.getHome());
        }
    }

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            password = null;
            Object throttled = external.getRequestMap().get(ClearinghouseAuthenticationMechanism.THROTTLED_SECONDS);
            if (throttled instanceof Long seconds) {
                ((HttpServletResponse) external.getResponse()).setHeader("Retry-After", String.valueOf(seconds));
                Texts.error("signin.throttled", (seconds + 59) / 60);
            } else {
                Texts.error("signin.failed");
            }
            return;
        }
        languages.signedIn(username);
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = safeNext(next);
        if (target == null) {
            target = CurrentUser.homeOf(roleOf(request));
        }
        external.redirect(external.getRequestContextPath() + target);
        context.responseComplete();
    }

    private static Role roleOf(HttpServletRequest request) {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                return role;
            }
        }
        return null;
    }

    /** Only a path of this application: never another site, never the sign-in page again. */
    static String safeNext(String next) {
        if (next == null
                || next.isBlank()
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains(":")
                || next.startsWith("/login.xhtml")
                || next.contains("\r")
                || next.contains("\n")) {
            return null;
        }
        return next;
    }

    /** The sign-in page names the demo accounts only while they are enabled (the demo data is on). */
    public boolean isDemoAccounts() {
        return demoMode.isOn();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
