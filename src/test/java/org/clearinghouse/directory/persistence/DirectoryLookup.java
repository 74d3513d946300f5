package org.clearinghouse.directory.persistence;

import jakarta.persistence.EntityManager;
import org.clearinghouse.directory.domain.Donor;

/** Test access to the directory repositories from other packages. */
public final class DirectoryLookup {

    private DirectoryLookup() {}

    /** The State or organisation with this code; fails if there is none. */
    public static Donor donor(EntityManager em, String code) {
        return new JpaOrganisationRepository(em).findDonor(code).orElseThrow();
    }
}
