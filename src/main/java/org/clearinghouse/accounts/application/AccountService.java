package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountFilter;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.accounts.security.PasswordHashing;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;

/** Account management, for the admin only; passwords are stored as salted PBKDF2 hashes. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Map<String, String> FIELD_NAMES =
            Map.of("bindingValid", "boundTo", "passwordHash", "password");

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHashing passwords;

    @Inject
    Validator validator;

    @Inject
    Event<SecurityEvent> events;

    public java.util.Set<String> sortFields() {
        return accounts.sortFields();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountView> list(Caller caller, UserAccountFilter filter, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        return accounts.find(filter, page).map(AccountView::of);
    }

    public AccountView create(Caller caller, AccountInput input) {
        caller.requireAnyRole(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        errors.required("username", input.username());
        checkPassword(input.password(), true, errors);
        if (input.username() != null
                && accounts.findByUsername(input.username().trim()).isPresent()) {
            errors.add("username", "'" + input.username() + "' is taken.");
        }
        UserAccount account = new UserAccount();
        account.setUsername(input.username() == null ? null : input.username().trim());
        account.setEnabled(input.enabled() == null || input.enabled());
        apply(input, account, errors);
        account.setActingUser(caller.username());
        AccountView created = AccountView.of(accounts.save(account));
        events.fire(new SecurityEvent(
                SecurityEventType.ACCOUNT_CREATED,
                caller.username(),
                created.username(),
                null,
                "Role " + created.role() + (created.boundTo() == null ? "" : ", bound to " + created.boundTo())
                        + (created.enabled() ? "" : ", disabled") + "."));
        return created;
    }

    public AccountView update(Caller caller, long id, AccountInput input) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        FieldErrors errors = new FieldErrors();
        errors.required("version", input.version());
        checkPassword(input.password(), false, errors);
        errors.throwIfAny();
        account.checkVersion("Account", id, input.version());
        AccountView before = AccountView.of(account);
        String hashBefore = account.getPasswordHash();
        if (input.enabled() != null) {
            account.setEnabled(input.enabled());
        }
        apply(input, account, errors);
        List<SecurityEvent> changes = changes(caller, before, AccountView.of(account), hashBefore, account);
        if (!changes.isEmpty()) {
            account.renewSecurityStamp(); // ends the account's open sessions
        }
        account.setActingUser(caller.username());
        AccountView updated = AccountView.of(accounts.save(account));
        changes.forEach(events::fire);
        return updated;
    }

    /** The security events of an edit: role, binding, enabled or password changed. */
    private static List<SecurityEvent> changes(
            Caller caller, AccountView before, AccountView after, String hashBefore, UserAccount account) {
        List<SecurityEvent> changes = new ArrayList<>();
        String name = after.username();
        if (!Objects.equals(before.role(), after.role())) {
            changes.add(new SecurityEvent(
                    SecurityEventType.ROLE_CHANGED,
                    caller.username(),
                    name,
                    null,
                    "Role " + before.role() + " -> " + after.role() + "."));
        }
        if (!Objects.equals(before.boundTo(), after.boundTo())) {
            changes.add(new SecurityEvent(
                    SecurityEventType.BINDING_CHANGED,
                    caller.username(),
                    name,
                    null,
                    "Bound to " + before.boundTo() + " -> " + after.boundTo() + "."));
        }
        if (before.enabled() != after.enabled()) {
            changes.add(new SecurityEvent(
                    SecurityEventType.ACCOUNT_ENABLED_CHANGED,
                    caller.username(),
                    name,
                    null,
                    after.enabled() ? "Enabled." : "Disabled."));
        }
        if (!Objects.equals(hashBefore, account.getPasswordHash())) {
            changes.add(new SecurityEvent(
                    SecurityEventType.PASSWORD_CHANGED, caller.username(), name, null, "New password set."));
        }
        return changes;
    }

    private void apply(AccountInput input, UserAccount account, FieldErrors errors) {
        Role role = errors.code("role", input.role(), Role.class);
        Donor boundTo = null;
        if (input.boundTo() != null && !input.boundTo().isBlank()) {
            boundTo = organisations.findDonor(input.boundTo().trim()).orElse(null);
            if (boundTo == null) {
                errors.add("boundTo", "'" + input.boundTo() + "' is neither a State nor a known organisation.");
            }
        }
        account.setRole(role);
        account.bindTo(boundTo);
        account.setFullName(input.fullName());
        account.setEmail(input.email());
        // one of the portal's languages, stored as its code ("zh-CN" is "zh"); else refused with the list
        String tag = input.preferredLocale() == null
                ? org.clearinghouse.shared.i18n.SupportedLanguages.DEFAULT.code()
                : input.preferredLocale();
        var language = org.clearinghouse.shared.i18n.SupportedLanguages.find(tag);
        if (language.isEmpty()) {
            errors.add(
                    "preferredLocale",
                    "must be one of " + String.join(", ", org.clearinghouse.shared.i18n.SupportedLanguages.codes())
                            + ".");
        }
        account.setPreferredLocale(language.map(l -> l.locale()).orElse(Locale.ENGLISH));
        if (input.password() != null && !input.password().isEmpty()) {
            account.setPasswordHash(passwords.hash(input.password()));
        }
        errors.violations(validator.validate(account), FIELD_NAMES);
        errors.throwIfAny();
    }

    private static void checkPassword(String password, boolean required, FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            if (required) {
                errors.add("password", "is required.");
            }
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.add("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
