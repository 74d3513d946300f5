package org.clearinghouse.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.shared.domain.AuditedEntity;

/**
 * A person who signs in. A RECIPIENT is bound to a State; a DONOR to a State or an organisation; SECRETARIAT and
 * ADMIN to nothing (checked here and by the database). The password is kept only as a PBKDF2 hash in the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:iterations:base64salt:base64hash}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    /** The stored form of a hash made by {@code Pbkdf2PasswordHash}. */
    public static final String PASSWORD_HASH_PATTERN =
            "PBKDF2WithHmacSHA(224|256|384|512):[0-9]+:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotBlank(message = "{account.username.required}")
    @Size(max = 100, message = "{account.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}")
    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @NotNull(message = "{account.passwordHash.required}")
    @Pattern(regexp = PASSWORD_HASH_PATTERN, message = "{account.passwordHash.format}")
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @NotNull(message = "{account.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "state_code")
    private State state;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Size(max = 200, message = "{account.fullName.size}")
    @Column(name = "full_name", length = 200)
    private String fullName;

    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.size}")
    @Column(name = "email", length = 254)
    private String email;

    @NotNull(message = "{account.locale.required}")
    @Column(name = "preferred_locale", nullable = false, length = 35)
    private Locale preferredLocale = Locale.ENGLISH;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Changes whenever the account's sessions must end (disabled, new role, binding or password). */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    public UserAccount() {}

    public UserAccount(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** The binding matches the role (see the class comment). */
    @AssertTrue(message = "{account.binding.invalid}")
    public boolean isBindingValid() {
        if (role == null) {
            return true;
        }
        return switch (role) {
            case RECIPIENT -> state != null && organisation == null;
            case DONOR -> (state == null) != (organisation == null);
            case SECRETARIAT, ADMIN -> state == null && organisation == null;
        };
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The PBKDF2 hash; never a password. */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets the hash made by {@code Pbkdf2PasswordHash.generate(...)}; never pass a password. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** The State a RECIPIENT, or a DONOR that is a State, acts for. */
    public State getState() {
        return state;
    }

    /** The organisation a DONOR that is an organisation acts for. */
    public Organisation getOrganisation() {
        return organisation;
    }

    /** Binds the account to a State or organisation (replacing the other), or to nothing. */
    public void bindTo(Donor donor) {
        this.state = Donor.stateOf(donor);
        this.organisation = Donor.organisationOf(donor);
    }

    /** The State or organisation the account acts for, or null. */
    public Donor boundTo() {
        return state != null ? state : organisation;
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

    public Locale getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(Locale preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The value the sessions of this account were opened with; a session with another one is over. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    /** Ends every open session of the account (they are checked against this value on each request). */
    public void renewSecurityStamp() {
        securityStamp++;
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + " " + username + " " + role + "]";
    }
}
