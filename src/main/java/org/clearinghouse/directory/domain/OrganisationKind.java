package org.clearinghouse.directory.domain;

/** What kind of body a donor organisation is. */
public enum OrganisationKind {
    INTERNATIONAL,
    REGIONAL,
    FUND,
    NGO,
    OTHER
}
