package org.clearinghouse.accounts.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clearinghouse.accounts.application.AccountInput;
import org.clearinghouse.accounts.application.AccountService;
import org.clearinghouse.accounts.application.AccountView;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccountFilter;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * The admin's accounts: a lazy table filtered by role, creating an account (bound to a State or an organisation),
 * enabling or disabling one, and setting a new password. {@link AccountService} validates and hashes.
 */
@Named
@ViewScoped
public class AdminAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names to the creation form's client ids. */
    private static final Map<String, String> FIELDS = Map.of(
            "username",
            "accountForm:username",
            "password",
            "accountForm:password",
            "role",
            "accountForm:role",
            "boundTo",
            "accountForm:boundTo",
            "fullName",
            "accountForm:fullName",
            "email",
            "accountForm:email",
            "preferredLocale",
            "accountForm:language");

    /** A State or an organisation an account can act for. */
    public record Binding(String code, String name) implements Serializable {}

    @Inject
    AccountService accounts;

    @Inject
    Instance<Caller> caller;

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    private String roleFilter;
    private PagedModel<AccountView> model;
    private Map<String, Binding> bindings;

    // the account being created
    private String username;
    private String password;
    private String passwordAgain;
    private String role;
    private String boundTo;
    private String fullName;
    private String email;
    private String language = "en";

    // the account whose password is being reset
    private AccountView resetting;
    private String newPassword;
    private String newPasswordAgain;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> accounts.list(caller.get(), filter(), page), a -> Long.toString(a.id()), "username");
        Map<String, Binding> all = new LinkedHashMap<>();
        states.findAll().forEach(s -> all.put(s.getCode(), new Binding(s.getCode(), s.getName())));
        organisations.findAll().forEach(o -> all.put(o.getCode(), new Binding(o.getCode(), o.getName())));
        bindings = all;
    }

    UserAccountFilter filter() {
        return new UserAccountFilter(roleFilter == null ? null : Role.valueOf(roleFilter), null, null);
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    public List<org.clearinghouse.shared.i18n.SupportedLanguages.Language> getLanguages() {
        return LanguageSwitcher.LANGUAGES;
    }

    /** The language's own name ("Français") from its tag. */
    public String languageName(String tag) {
        return LanguageSwitcher.LANGUAGES.stream()
                .filter(l -> l.code().equals(tag))
                .map(org.clearinghouse.shared.i18n.SupportedLanguages.Language::name)
                .findFirst()
                .orElse(tag);
    }

    /** States and organisations whose code or name contains the query (at most 15), for the binding picker. */
    public List<String> completeBinding(String query) {
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Binding b : bindings.values()) {
            if (b.code().toLowerCase(Locale.ROOT).contains(wanted)
                    || b.name().toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(b.code());
                if (found.size() == 15) {
                    break;
                }
            }
        }
        return found;
    }

    /** "TCD · Chad" for a State or organisation code. */
    public String bindingLabel(String code) {
        Binding b = code == null ? null : bindings.get(code);
        return b == null ? Objects.toString(code, "") : b.code() + " · " + b.name();
    }

    public void create() {
        if (password != null && !password.equals(passwordAgain)) {
            Texts.fieldError("accountForm:passwordAgain", "admin.accounts.passwords.differ");
            return;
        }
        AccountInput input = new AccountInput(
                username,
                password,
                role,
                boundTo,
                blankToNull(fullName),
                blankToNull(email),
                language,
                Boolean.TRUE,
                null);
        FormSubmission.withFields(FIELDS).run(() -> {
            AccountView created = accounts.create(caller.get(), input);
            Texts.info("admin.accounts.created", created.username());
            clearForm();
        });
    }

    /** Enables a disabled account, disables an enabled one. */
    public void toggle(AccountView account) {
        boolean enable = !account.enabled();
        FormSubmission.withFields(Map.of()).stale("error.conflict").run(() -> {
            accounts.update(caller.get(), account.id(), sameAs(account, null, enable));
            Texts.info(enable ? "admin.accounts.wasEnabled" : "admin.accounts.wasDisabled", account.username());
        });
    }

    public void startReset(AccountView account) {
        resetting = account;
        newPassword = null;
        newPasswordAgain = null;
    }

    public void resetPassword() {
        if (resetting == null) {
            return;
        }
        if (newPassword == null || newPassword.isEmpty()) {
            Texts.fieldError("resetForm:newPassword", "admin.accounts.password.required");
            return;
        }
        if (!newPassword.equals(newPasswordAgain)) {
            Texts.fieldError("resetForm:newPasswordAgain", "admin.accounts.passwords.differ");
            return;
        }
        FormSubmission.withFields(Map.of("password", "resetForm:newPassword"))
                .stale("error.conflict")
                .run(() -> {
                    accounts.update(caller.get(), resetting.id(), sameAs(resetting, newPassword, null));
                    Texts.info("admin.accounts.passwordReset", resetting.username());
                    resetting = null;
                });
    }

    /** The account as it is, with a new password or a new enabled flag (null: unchanged). */
    private static AccountInput sameAs(AccountView a, String password, Boolean enabled) {
        return new AccountInput(
                a.username(),
                password,
                a.role(),
                a.boundTo(),
                a.fullName(),
                a.email(),
                a.preferredLocale(),
                enabled,
                a.version());
    }

    private void clearForm() {
        username = null;
        password = null;
        passwordAgain = null;
        role = null;
        boundTo = null;
        fullName = null;
        email = null;
        language = "en";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public PagedModel<AccountView> getModel() {
        return model;
    }

    public String getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(String roleFilter) {
        this.roleFilter = roleFilter;
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

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getBoundTo() {
        return boundTo;
    }

    public void setBoundTo(String boundTo) {
        this.boundTo = boundTo;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public AccountView getResetting() {
        return resetting;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
