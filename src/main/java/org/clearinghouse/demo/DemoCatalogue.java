package org.clearinghouse.demo;

import java.util.List;

/** The demo content, as plain data. */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    record DemoAccount(String username, String role, String boundTo, String fullName) {
    }

    record DemoRequest(String state, String area, String type, long amountUsd, boolean divisible, int priority,
            String start, String end, String status, boolean publish, String title) {
    }

    record DemoOffer(String donor, List<String> areas, List<String> types, long capacityUsd, List<String> regions,
            List<String> excludedStates, Long maxPerRequestUsd, String start, String end, String status, String title) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "ADMIN", null, "Platform administrator"),
            new DemoAccount("secretariat", "SECRETARIAT", null, "UNODA secretariat officer"),
            new DemoAccount("recipient.NER", "RECIPIENT", "NER", "National focal point of Niger"),
            new DemoAccount("recipient.MLI", "RECIPIENT", "MLI", "National focal point of Mali"),
            new DemoAccount("recipient.HTI", "RECIPIENT", "HTI", "National focal point of Haiti"),
            new DemoAccount("donor.DEU", "DONOR", "DEU", "Federal Foreign Office, Germany"),
            new DemoAccount("donor.JPN", "DONOR", "JPN", "Ministry of Foreign Affairs, Japan"),
            new DemoAccount("donor.EU", "DONOR", "EU", "European Union, EEAS"));

    static final List<DemoRequest> REQUESTS = List.of(
            new DemoRequest("NER", "MARKING_RECORD_KEEPING_TRACING", "EQUIPMENT", 240_000, false, 1, "2027-03", "2027-12", "VALIDATED", true,
                    "Marking machines and electronic register for the national arms commission"),
            new DemoRequest("NER", "STOCKPILE_MANAGEMENT", "FUNDING", 650_000, true, 2, "2027-01", "2028-06", "VALIDATED", true,
                    "Rehabilitation of six armouries of the defence and security forces"),
            new DemoRequest("NER", "BORDER_CONTROL", "TRAINING", 180_000, true, 3, "2027-06", "2028-05", "VALIDATED", false,
                    "Training of border posts on detection of illicit small arms at the Niger-Libya border"),
            new DemoRequest("NER", "DATA_COLLECTION", "EXPERTISE", 90_000, true, 4, "2027-04", "2027-11", "SUBMITTED", true,
                    "Seizure data collection for SDG indicator 16.4.2"),
            new DemoRequest("NER", "GENDER", "TRAINING", 60_000, true, 5, "2027-05", "2027-10", "DRAFT", false,
                    "Gender-responsive small arms control training for commission staff"),
            new DemoRequest("MLI", "SURPLUS_DESTRUCTION", "EQUIPMENT", 320_000, false, 1, "2027-02", "2027-09", "VALIDATED", true,
                    "Mobile destruction unit for surplus and seized weapons"),
            new DemoRequest("MLI", "WEAPONS_COLLECTION", "FUNDING", 410_000, true, 2, "2027-01", "2028-12", "VALIDATED", true,
                    "Community weapons collection programme in the central regions"),
            new DemoRequest("MLI", "LEGISLATION", "EXPERTISE", 75_000, true, 3, "2027-03", "2027-12", "VALIDATED", true,
                    "Review of the arms law against the Programme of Action and the ECOWAS Convention"),
            new DemoRequest("MLI", "MARKING_RECORD_KEEPING_TRACING", "TRAINING", 120_000, true, 4, "2027-06", "2028-03", "VALIDATED", false,
                    "Tracing training for investigators and prosecutors"),
            new DemoRequest("MLI", "FELLOWSHIP", "TRAINING", 25_000, false, 5, "2027-09", "2027-11", "SUBMITTED", true,
                    "Nomination of two officials to the small arms fellowship programme"),
            new DemoRequest("HTI", "BORDER_CONTROL", "EQUIPMENT", 850_000, true, 1, "2027-01", "2028-06", "VALIDATED", true,
                    "Container scanning at Port-au-Prince and the land border crossings"),
            new DemoRequest("HTI", "TRANSFER_CONTROLS", "EXPERTISE", 140_000, true, 2, "2027-02", "2027-12", "VALIDATED", true,
                    "Import licensing and end-user verification procedures"),
            new DemoRequest("HTI", "STOCKPILE_MANAGEMENT", "EQUIPMENT", 300_000, false, 3, "2027-04", "2028-01", "VALIDATED", false,
                    "Secure storage for weapons seized by the national police"),
            new DemoRequest("HTI", "NEW_TECHNOLOGIES", "TRAINING", 95_000, true, 4, "2027-05", "2027-12", "VALIDATED", true,
                    "Detection of 3D-printed and modular weapons for customs and police"),
            new DemoRequest("HTI", "GENDER", "FUNDING", 110_000, true, 5, "2027-03", "2028-03", "VALIDATED", true,
                    "Women's participation in community violence reduction"),
            new DemoRequest("BFA", "STOCKPILE_MANAGEMENT", "FUNDING", 500_000, true, 1, "2027-01", "2028-12", "VALIDATED", true,
                    "Physical security and stockpile management of police armouries"),
            new DemoRequest("BFA", "MARKING_RECORD_KEEPING_TRACING", "EQUIPMENT", 150_000, false, 2, "2027-03", "2027-10", "VALIDATED", true,
                    "Marking equipment for the national commission"),
            new DemoRequest("TCD", "WEAPONS_COLLECTION", "FUNDING", 380_000, true, 1, "2027-02", "2028-02", "VALIDATED", false,
                    "Voluntary surrender programme in the Lake Chad region"),
            new DemoRequest("NGA", "DATA_COLLECTION", "EXPERTISE", 130_000, true, 2, "2027-01", "2027-12", "VALIDATED", true,
                    "National small arms survey and SDG 16.4.2 reporting"),
            new DemoRequest("PHL", "NEW_TECHNOLOGIES", "EXPERTISE", 160_000, true, 1, "2027-04", "2028-03", "VALIDATED", true,
                    "Forensic capacity on polymer and 3D-printed firearms"),
            new DemoRequest("PHL", "SURPLUS_DESTRUCTION", "EQUIPMENT", 220_000, false, 2, "2027-06", "2028-01", "VALIDATED", true,
                    "Destruction of surplus ammunition and small arms"),
            new DemoRequest("KHM", "STOCKPILE_MANAGEMENT", "TRAINING", 90_000, true, 1, "2027-02", "2027-08", "VALIDATED", true,
                    "Stockpile management training for armoury staff"),
            new DemoRequest("PNG", "WEAPONS_COLLECTION", "FUNDING", 270_000, true, 1, "2027-03", "2028-06", "VALIDATED", true,
                    "Highlands weapons collection and community security"),
            new DemoRequest("FJI", "LEGISLATION", "EXPERTISE", 60_000, true, 1, "2027-01", "2027-07", "VALIDATED", true,
                    "Firearms regulations aligned with the Nadi Framework"),
            new DemoRequest("HND", "MARKING_RECORD_KEEPING_TRACING", "EQUIPMENT", 260_000, false, 1, "2027-02", "2027-12", "VALIDATED", true,
                    "Electronic weapons registry linked to tracing requests"),
            new DemoRequest("SLV", "BORDER_CONTROL", "TRAINING", 140_000, true, 2, "2027-05", "2028-04", "VALIDATED", true,
                    "Detection of arms trafficking in postal and express parcels"),
            new DemoRequest("JAM", "TRANSFER_CONTROLS", "EQUIPMENT", 310_000, true, 1, "2027-01", "2027-12", "VALIDATED", true,
                    "Port container screening against firearms trafficking"),
            new DemoRequest("LBN", "GENDER", "EXPERTISE", 70_000, true, 2, "2027-03", "2027-11", "VALIDATED", true,
                    "Gender analysis of firearms violence for national action plan"),
            new DemoRequest("BIH", "SURPLUS_DESTRUCTION", "FUNDING", 420_000, true, 1, "2027-01", "2028-06", "VALIDATED", true,
                    "Destruction of surplus small arms and ammunition"),
            new DemoRequest("MDA", "STOCKPILE_MANAGEMENT", "EQUIPMENT", 180_000, false, 1, "2027-04", "2027-12", "VALIDATED", false,
                    "Intrusion detection for central ammunition depot"),
            new DemoRequest("GTM", "FELLOWSHIP", "TRAINING", 25_000, false, 1, "2027-09", "2027-11", "VALIDATED", true,
                    "Fellowship programme participation of the arms control directorate"),
            new DemoRequest("SOM", "MARKING_RECORD_KEEPING_TRACING", "TRAINING", 110_000, true, 1, "2027-02", "2027-12", "VALIDATED", true,
                    "Weapons and ammunition management: marking and registration of state-owned weapons"));

    static final List<DemoOffer> OFFERS = List.of(
            new DemoOffer("DEU", List.of("MARKING_RECORD_KEEPING_TRACING", "STOCKPILE_MANAGEMENT"), List.of("EQUIPMENT", "TRAINING"),
                    1_500_000, List.of("AFRICA"), List.of(), 400_000L, "2027-01", "2028-06", "OPEN",
                    "German support to weapons and ammunition management in Africa"),
            new DemoOffer("DEU", List.of("SURPLUS_DESTRUCTION", "WEAPONS_COLLECTION"), List.of("FUNDING", "EQUIPMENT"),
                    800_000, List.of(), List.of(), null, "2027-01", "2028-12", "OPEN",
                    "Destruction and collection fund"),
            new DemoOffer("JPN", List.of("BORDER_CONTROL", "TRANSFER_CONTROLS", "NEW_TECHNOLOGIES"), List.of("EQUIPMENT", "TRAINING", "EXPERTISE"),
                    1_200_000, List.of("AMERICAS", "ASIA"), List.of(), 600_000L, "2027-01", "2028-06", "OPEN",
                    "Japanese border and customs capacity building"),
            new DemoOffer("JPN", List.of("DATA_COLLECTION", "LEGISLATION"), List.of("EXPERTISE"),
                    250_000, List.of(), List.of(), 150_000L, "2027-01", "2027-12", "DRAFT",
                    "Legal and statistical expertise"),
            new DemoOffer("EU", List.of("STOCKPILE_MANAGEMENT", "SURPLUS_DESTRUCTION", "GENDER", "WEAPONS_COLLECTION"), List.of("FUNDING", "EQUIPMENT", "TRAINING"),
                    2_000_000, List.of(), List.of(), 500_000L, "2027-01", "2029-12", "OPEN",
                    "EU Council Decision on small arms: stockpile, destruction and gender"),
            new DemoOffer("EU", List.of("FELLOWSHIP", "LEGISLATION", "DATA_COLLECTION"), List.of("TRAINING", "EXPERTISE"),
                    300_000, List.of(), List.of(), 100_000L, "2027-01", "2028-12", "OPEN",
                    "EU expertise and fellowship support"),
            new DemoOffer("UNSCAR", List.of("LEGISLATION", "DATA_COLLECTION", "GENDER", "MARKING_RECORD_KEEPING_TRACING"), List.of("FUNDING", "EXPERTISE"),
                    600_000, List.of(), List.of(), 200_000L, "2027-01", "2028-06", "OPEN",
                    "UNSCAR call for proposals 2027"),
            new DemoOffer("OSCE", List.of("STOCKPILE_MANAGEMENT", "SURPLUS_DESTRUCTION"), List.of("EXPERTISE", "EQUIPMENT", "FUNDING"),
                    700_000, List.of("EUROPE", "ASIA"), List.of(), null, "2027-01", "2028-12", "OPEN",
                    "OSCE assistance projects on small arms and conventional ammunition"),
            new DemoOffer("ATT-VTF", List.of("TRANSFER_CONTROLS", "LEGISLATION", "BORDER_CONTROL"), List.of("FUNDING", "TRAINING"),
                    450_000, List.of(), List.of(), 150_000L, "2027-01", "2027-12", "OPEN",
                    "ATT Voluntary Trust Fund grants"),
            new DemoOffer("SALIENT", List.of("WEAPONS_COLLECTION", "GENDER", "DATA_COLLECTION"), List.of("FUNDING"),
                    900_000, List.of("AFRICA", "AMERICAS"), List.of(), 400_000L, "2027-01", "2028-12", "OPEN",
                    "SALIENT: armed violence reduction"));
}
