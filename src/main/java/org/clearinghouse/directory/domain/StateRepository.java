package org.clearinghouse.directory.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.matching.domain.Region;

/** Reads the States (reference data; never written by the application). */
public interface StateRepository {

    Optional<State> findByCode(String code);

    /** All 195 States, by name. */
    List<State> findAll();

    /** The States of one region, by name. */
    List<State> findByRegion(Region region);
}
