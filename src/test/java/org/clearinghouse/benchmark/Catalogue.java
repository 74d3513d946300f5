package org.clearinghouse.benchmark;

import java.util.List;

/**
 * Reference data the generator draws from: real ISO 3166-1 alpha-3 codes with their UN M49 top-level region,
 * the commitment areas and assistance types of {@code docs/matching-rules.md}, and relative frequencies that mimic the
 * needs actually posted under the Programme of Action (stockpile management and marking/tracing most common,
 * Africa and the Americas most active). The weights are plausible, not statistics.
 */
final class Catalogue {

    private Catalogue() {}

    record Weighted<T>(T value, double weight) {}

    record State(String code, String region) {}

    static final List<String> REGIONS = List.of("AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA");

    /** Recipient States, most active first; the generator gives them Zipf-like activity by this order. */
    static final List<State> RECIPIENTS = List.of(
            new State("NER", "AFRICA"),
            new State("MLI", "AFRICA"),
            new State("NGA", "AFRICA"),
            new State("COD", "AFRICA"),
            new State("HTI", "AMERICAS"),
            new State("BFA", "AFRICA"),
            new State("COL", "AMERICAS"),
            new State("CAF", "AFRICA"),
            new State("SSD", "AFRICA"),
            new State("SOM", "AFRICA"),
            new State("TCD", "AFRICA"),
            new State("IRQ", "ASIA"),
            new State("UKR", "EUROPE"),
            new State("HND", "AMERICAS"),
            new State("SLV", "AMERICAS"),
            new State("GTM", "AMERICAS"),
            new State("KEN", "AFRICA"),
            new State("CMR", "AFRICA"),
            new State("LBN", "ASIA"),
            new State("AFG", "ASIA"),
            new State("MOZ", "AFRICA"),
            new State("SDN", "AFRICA"),
            new State("LBY", "AFRICA"),
            new State("ETH", "AFRICA"),
            new State("UGA", "AFRICA"),
            new State("JAM", "AMERICAS"),
            new State("TTO", "AMERICAS"),
            new State("PNG", "OCEANIA"),
            new State("BIH", "EUROPE"),
            new State("SRB", "EUROPE"),
            new State("MKD", "EUROPE"),
            new State("ALB", "EUROPE"),
            new State("MDA", "EUROPE"),
            new State("GEO", "ASIA"),
            new State("PHL", "ASIA"),
            new State("KHM", "ASIA"),
            new State("BGD", "ASIA"),
            new State("NPL", "ASIA"),
            new State("LKA", "ASIA"),
            new State("YEM", "ASIA"),
            new State("JOR", "ASIA"),
            new State("PSE", "ASIA"),
            new State("TJK", "ASIA"),
            new State("KGZ", "ASIA"),
            new State("MNG", "ASIA"),
            new State("PER", "AMERICAS"),
            new State("ECU", "AMERICAS"),
            new State("BOL", "AMERICAS"),
            new State("PRY", "AMERICAS"),
            new State("DOM", "AMERICAS"),
            new State("BLZ", "AMERICAS"),
            new State("GUY", "AMERICAS"),
            new State("SUR", "AMERICAS"),
            new State("BRB", "AMERICAS"),
            new State("LCA", "AMERICAS"),
            new State("GHA", "AFRICA"),
            new State("SEN", "AFRICA"),
            new State("CIV", "AFRICA"),
            new State("GIN", "AFRICA"),
            new State("SLE", "AFRICA"),
            new State("LBR", "AFRICA"),
            new State("TGO", "AFRICA"),
            new State("BEN", "AFRICA"),
            new State("MRT", "AFRICA"),
            new State("BDI", "AFRICA"),
            new State("RWA", "AFRICA"),
            new State("TZA", "AFRICA"),
            new State("ZMB", "AFRICA"),
            new State("MWI", "AFRICA"),
            new State("ZWE", "AFRICA"),
            new State("AGO", "AFRICA"),
            new State("NAM", "AFRICA"),
            new State("MDG", "AFRICA"),
            new State("GMB", "AFRICA"),
            new State("GNB", "AFRICA"),
            new State("TUN", "AFRICA"),
            new State("EGY", "AFRICA"),
            new State("DJI", "AFRICA"),
            new State("ERI", "AFRICA"),
            new State("FJI", "OCEANIA"),
            new State("SLB", "OCEANIA"),
            new State("VUT", "OCEANIA"),
            new State("WSM", "OCEANIA"),
            new State("TON", "OCEANIA"),
            new State("KIR", "OCEANIA"),
            new State("TLS", "ASIA"),
            new State("MMR", "ASIA"),
            new State("LAO", "ASIA"),
            new State("IDN", "ASIA"),
            new State("PAK", "ASIA"),
            new State("MNE", "EUROPE"),
            new State("ZAF", "AFRICA"),
            new State("MEX", "AMERICAS"),
            new State("BRA", "AMERICAS"),
            new State("ARG", "AMERICAS"));

    /** Donors: States and organisations (organisations carry their own short code), most active first. */
    static final List<String> DONORS = List.of(
            "DEU", "USA", "JPN", "GBR", "FRA", "NLD", "NOR", "CAN", "AUS", "SWE", "CHE", "EU", "UNDP", "UNODA", "ITA",
            "ESP", "BEL", "DNK", "FIN", "AUT", "IRL", "NZL", "KOR", "UNLIREC", "UNREC", "UNRCPD", "RECSA", "SEESAC",
            "OSCE", "MEX", "BRA", "ZAF");

    static final List<Weighted<String>> AREAS = List.of(
            new Weighted<>("STOCKPILE_MANAGEMENT", 22),
            new Weighted<>("MARKING_RECORD_KEEPING_TRACING", 18),
            new Weighted<>("BORDER_CONTROL", 10),
            new Weighted<>("LEGISLATION", 9),
            new Weighted<>("SURPLUS_DESTRUCTION", 8),
            new Weighted<>("DATA_COLLECTION", 8),
            new Weighted<>("WEAPONS_COLLECTION", 7),
            new Weighted<>("TRANSFER_CONTROLS", 6),
            new Weighted<>("GENDER", 5),
            new Weighted<>("FELLOWSHIP", 4),
            new Weighted<>("NEW_TECHNOLOGIES", 3));

    static final List<Weighted<String>> TYPES = List.of(
            new Weighted<>("FUNDING", 35),
            new Weighted<>("EQUIPMENT", 25),
            new Weighted<>("TRAINING", 25),
            new Weighted<>("EXPERTISE", 15));

    /** How often a region is named on an offer that restricts regions. */
    static final List<Weighted<String>> OFFER_REGIONS = List.of(
            new Weighted<>("AFRICA", 45),
            new Weighted<>("AMERICAS", 25),
            new Weighted<>("ASIA", 15),
            new Weighted<>("EUROPE", 10),
            new Weighted<>("OCEANIA", 5));

    /**
     * Areas as donors offer them in the realistic family's regional and bilateral offers: stockpiles, destruction,
     * borders and marking attract donors; legislation, data collection, gender and fellowships much less than they
     * are needed (those requests depend on the broad global funds).
     */
    static final List<Weighted<String>> OFFER_AREAS = List.of(
            new Weighted<>("STOCKPILE_MANAGEMENT", 26),
            new Weighted<>("MARKING_RECORD_KEEPING_TRACING", 18),
            new Weighted<>("BORDER_CONTROL", 15),
            new Weighted<>("LEGISLATION", 0.6),
            new Weighted<>("SURPLUS_DESTRUCTION", 13),
            new Weighted<>("DATA_COLLECTION", 0.6),
            new Weighted<>("WEAPONS_COLLECTION", 9),
            new Weighted<>("TRANSFER_CONTROLS", 7),
            new Weighted<>("GENDER", 0.4),
            new Weighted<>("FELLOWSHIP", 0.2),
            new Weighted<>("NEW_TECHNOLOGIES", 3));

    /**
     * Regions as donors name them on the realistic family's regional and bilateral offers: neighbourhood and
     * partnership programmes make Europe and Asia far better served than their share of the needs.
     */
    static final List<Weighted<String>> DONOR_REGIONS = List.of(
            new Weighted<>("AFRICA", 20),
            new Weighted<>("AMERICAS", 20),
            new Weighted<>("ASIA", 15),
            new Weighted<>("EUROPE", 40),
            new Weighted<>("OCEANIA", 5));

    /**
     * Realistic family: how a request's typical amount depends on its area and type (equipment for stockpiles and
     * borders costs millions; legislation, gender and fellowships are small grants).
     */
    static double amountScale(String area, String type) {
        double a = switch (area) {
            case "STOCKPILE_MANAGEMENT", "BORDER_CONTROL" -> 1.8;
            case "SURPLUS_DESTRUCTION" -> 1.3;
            case "MARKING_RECORD_KEEPING_TRACING", "WEAPONS_COLLECTION", "NEW_TECHNOLOGIES" -> 1.1;
            case "TRANSFER_CONTROLS" -> 0.8;
            case "DATA_COLLECTION" -> 0.5;
            case "LEGISLATION" -> 0.35;
            case "GENDER" -> 0.3;
            default -> 0.25; // FELLOWSHIP
        };
        double t = switch (type) {
            case "EQUIPMENT" -> 1.5;
            case "FUNDING" -> 1.0;
            case "TRAINING" -> 0.7;
            default -> 0.6; // EXPERTISE
        };
        return a * t;
    }

    /** National priority 1 (highest) .. 5. */
    static final double[] PRIORITY_WEIGHTS = {0.18, 0.26, 0.24, 0.18, 0.14};
}
