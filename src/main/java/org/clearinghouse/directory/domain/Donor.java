package org.clearinghouse.directory.domain;

/** Who gives: a {@link State} or an {@link Organisation}. */
public interface Donor {

    /** The ISO 3166-1 alpha-3 code of a State, or an organisation's own short code ("DEU", "EU", "ATT-VTF"). */
    String donorCode();

    /** The name shown to people. */
    String donorName();

    /**
     * The donor's organisation identifier registered with IATI ("XM-DAC-5" for Germany), or null when the platform
     * does not know it.
     */
    String iatiOrganisationId();
}
