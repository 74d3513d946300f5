package org.clearinghouse.accounts.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A new personal API token: the name its holder gives it (what program uses it), 1 to 100 characters. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiTokenInput(String name) {}
