package org.clearinghouse.accounts.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An account as the admin writes it: {@code boundTo} is the State (RECIPIENT) or the State or organisation (DONOR)
 * the account acts for. {@code password} is required on creation and optional on edit; {@code version} on edit.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // read-only fields of a GET can be sent back as they are
public record AccountInput(
        String username,
        String password,
        String role,
        String boundTo,
        String fullName,
        String email,
        String preferredLocale,
        Boolean enabled,
        Long version) {}
