package org.clearinghouse.accounts.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.clearinghouse.accounts.application.AccountPreferences;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;

/** The person using the page: name, role, home page and navigation, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Instance<Caller> callerInstance;

    @Inject
    AccountPreferences preferences;

    private Caller caller;
    private String displayName;

    public Caller getCaller() {
        if (caller == null) {
            caller = callerInstance.get();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return !getCaller().isAnonymous();
    }

    public String getUsername() {
        return getCaller().username();
    }

    /** The full name of the account, else its user name. */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = preferences
                    .profile(getUsername())
                    .map(p -> p.fullName() == null ? p.username() : p.fullName())
                    .orElse(getUsername());
        }
        return displayName;
    }

    public String getRole() {
        return isSignedIn() ? getCaller().role().name() : null;
    }

    public boolean is(String role) {
        return isSignedIn() && getCaller().role().name().equals(role);
    }

    public boolean isRecipient() {
        return is(Role.RECIPIENT.name());
    }

    public boolean isDonor() {
        return is(Role.DONOR.name());
    }

    public boolean isSecretariat() {
        return is(Role.SECRETARIAT.name());
    }

    public boolean isAdmin() {
        return is(Role.ADMIN.name());
    }

    /** What the person acts for: the State or organisation code, if any. */
    public String getActsFor() {
        if (!isSignedIn()) {
            return null;
        }
        return getCaller().is(Role.RECIPIENT)
                ? getCaller().stateCode()
                : getCaller().donorCode();
    }

    /** The home page of the person's role (the public page when signed out). */
    public String getHome() {
        return homeOf(isSignedIn() ? getCaller().role() : null);
    }

    static String homeOf(Role role) {
        if (role == null) {
            return "/index.xhtml";
        }
        return switch (role) {
            case RECIPIENT -> "/recipient/home.xhtml";
            case DONOR -> "/donor/home.xhtml";
            case SECRETARIAT -> "/secretariat/home.xhtml";
            case ADMIN -> "/admin/home.xhtml";
        };
    }

    /** Ends the session and goes to the public page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException ignored) {
            // the session is invalidated below in any case
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
