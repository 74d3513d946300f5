package org.clearinghouse.directory.domain;

import java.util.List;
import java.util.Optional;

/** Reads and writes donor organisations. */
public interface OrganisationRepository {

    Optional<Organisation> findById(long id);

    Optional<Organisation> findByCode(String code);

    /** All organisations, by code. */
    List<Organisation> findAll();

    /** Inserts a new organisation or merges a changed one; returns the managed instance. */
    Organisation save(Organisation organisation);

    /** The State with this ISO code, else the organisation with this code. */
    Optional<Donor> findDonor(String donorCode);
}
