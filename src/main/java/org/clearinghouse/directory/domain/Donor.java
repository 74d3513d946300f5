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

    /**
     * The donor as a State, or null when it is an organisation or null: with {@link #organisationOf} what an entity
     * that refers to a donor through two columns (one of them set) keeps.
     */
    static State stateOf(Donor donor) {
        return requireKnown(donor) instanceof State state ? state : null;
    }

    /** The donor as an organisation, or null when it is a State or null. */
    static Organisation organisationOf(Donor donor) {
        return requireKnown(donor) instanceof Organisation organisation ? organisation : null;
    }

    private static Donor requireKnown(Donor donor) {
        if (donor != null && !(donor instanceof State) && !(donor instanceof Organisation)) {
            throw new IllegalArgumentException(
                    "unknown kind of donor: " + donor.getClass().getName());
        }
        return donor;
    }
}
