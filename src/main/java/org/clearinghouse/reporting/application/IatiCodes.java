package org.clearinghouse.reporting.application;

import java.util.List;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationKind;
import org.clearinghouse.reporting.application.IatiActivity.Sector;

/** The IATI code lists the export needs, mapped from the platform's own codes. */
public final class IatiCodes {

    /** IATI standard version written in {@code iati-activities/@version}. */
    public static final String VERSION = "2.03";
    /** Tag vocabulary 3: SDG target. */
    public static final String SDG_TARGET_VOCABULARY = "3";
    /** SDG target 16.4: reduce illicit financial and arms flows. */
    public static final String SDG_TARGET = "16.4";
    /** Sector vocabulary 1: OECD DAC CRS purpose codes (5 digits). */
    public static final String DAC_5_VOCABULARY = "1";
    /** Transaction type 2: outgoing commitment. */
    public static final String TRANSACTION_COMMITMENT = "2";
    /** Transaction type 3: disbursement. */
    public static final String TRANSACTION_DISBURSEMENT = "3";
    /** Prefix of the identifier of a donor with no registered IATI identifier (ISO 3166 user-assigned "ZZ"). */
    public static final String UNREGISTERED_PREFIX = "ZZ-POA-";
    /** Organisation role 1 (funding) and 4 (implementing). */
    public static final String ROLE_FUNDING = "1";

    public static final String ROLE_IMPLEMENTING = "4";
    /** Organisation type 10: government. */
    public static final String TYPE_GOVERNMENT = "10";
    /** Activity scope 4: national. */
    public static final String SCOPE_NATIONAL = "4";

    static final Sector SALW = new Sector("15240", 100, "Reintegration and SALW control");

    private IatiCodes() {}

    /**
     * Activity status from the lifecycle: ACTIVE (committed, implementation not started) 1 Pipeline/identification,
     * IMPLEMENTING 2 Implementation, COMPLETED 4 Closed, CANCELLED 5 Cancelled.
     */
    public static String activityStatus(CommitmentStatus status) {
        return switch (status) {
            case ACTIVE -> "1";
            case IMPLEMENTING -> "2";
            case COMPLETED -> "4";
            case CANCELLED -> "5";
        };
    }

    /** The donor's registered IATI organisation identifier, or {@code ZZ-POA-<platform code>} when it has none. */
    public static String organisationIdentifier(String registered, String platformCode) {
        return registered == null || registered.isBlank() ? UNREGISTERED_PREFIX + platformCode : registered.trim();
    }

    /** IATI organisation type of a donor organisation (a State is {@link #TYPE_GOVERNMENT}). */
    public static String organisationType(OrganisationKind kind) {
        return switch (kind) {
            case INTERNATIONAL, REGIONAL, FUND -> "40"; // multilateral
            case NGO -> "21"; // international NGO
            case OTHER -> "90";
        };
    }

    /**
     * DAC CRS purpose codes of an area: always 15240 (reintegration and SALW control); where a second code fits the
     * area better or as well, 15240 keeps 60% and the other 40% (the percentages of one vocabulary add up to 100).
     */
    public static List<Sector> sectors(CommitmentArea area) {
        Sector other = switch (area) {
            case SURPLUS_DESTRUCTION -> new Sector("15250", 0, "Removal of land mines and explosive remnants of war");
            case STOCKPILE_MANAGEMENT, BORDER_CONTROL ->
                new Sector("15210", 0, "Security system management and reform");
            case WEAPONS_COLLECTION ->
                new Sector("15220", 0, "Civilian peace-building, conflict prevention and resolution");
            case LEGISLATION -> new Sector("15130", 0, "Legal and judicial development");
            case GENDER -> new Sector("15180", 0, "Ending violence against women and girls");
            case DATA_COLLECTION -> new Sector("15196", 0, "Government and civil society statistics and data");
            case TRANSFER_CONTROLS -> new Sector("33120", 0, "Trade facilitation");
            case MARKING_RECORD_KEEPING_TRACING, NEW_TECHNOLOGIES, FELLOWSHIP -> null;
        };
        if (other == null) {
            return List.of(SALW);
        }
        return List.of(new Sector(SALW.code(), 60, SALW.name()), new Sector(other.code(), 40, other.name()));
    }
}
