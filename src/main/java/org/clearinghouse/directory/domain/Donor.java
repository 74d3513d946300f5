package org.clearinghouse.directory.domain;

/** Who gives: a {@link State} or an {@link Organisation}. */
public interface Donor {

    /** The ISO 3166-1 alpha-3 code of a State, or an organisation's own short code ("DEU", "EU", "ATT-VTF"). */
    String donorCode();

    /** The name shown to people. */
    String donorName();
}
