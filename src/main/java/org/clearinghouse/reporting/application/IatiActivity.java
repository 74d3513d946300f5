package org.clearinghouse.reporting.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One IATI activity, as plain values: what {@link IatiXmlWriter} writes. Codes are IATI's own (organisation type,
 * activity status, DAC CRS purpose codes); the recipient country is ISO 3166-1 alpha-2. {@code disbursedUsd} 0: no
 * disbursement is reported (no disbursement transaction).
 */
public record IatiActivity(
        String identifier,
        Organisation reportingOrg,
        Organisation implementingOrg,
        String title,
        String description,
        String statusCode,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String recipientCountry,
        String recipientCountryName,
        List<Sector> sectors,
        long committedUsd,
        LocalDate committedOn,
        long disbursedUsd,
        LocalDate disbursedOn,
        LocalDateTime lastUpdated) {

    public IatiActivity {
        sectors = List.copyOf(sectors);
    }

    /** An organisation: {@code ref} may be null (the implementing government has no registry identifier here). */
    public record Organisation(String ref, String typeCode, String name) {}

    /** A DAC CRS 5-digit purpose code (vocabulary 1) with its share of the activity, in percent. */
    public record Sector(String code, int percentage, String name) {}
}
