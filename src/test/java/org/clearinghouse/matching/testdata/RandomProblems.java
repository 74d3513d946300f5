package org.clearinghouse.matching.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/** Random problems for tests (the benchmark module has the real generator). Amounts in thousands of USD. */
public final class RandomProblems {

    private static final String[] STATES = {
        "NER", "MLI", "TCD", "BFA", "COL", "PER", "HND", "PHL", "KHM", "LAO", "BIH", "SRB", "MKD", "PNG", "FJI", "SLB",
        "KEN", "UGA", "SSD", "HTI"
    };
    private static final Region[] STATE_REGION = {
        Region.AFRICA,
        Region.AFRICA,
        Region.AFRICA,
        Region.AFRICA,
        Region.AMERICAS,
        Region.AMERICAS,
        Region.AMERICAS,
        Region.ASIA,
        Region.ASIA,
        Region.ASIA,
        Region.EUROPE,
        Region.EUROPE,
        Region.EUROPE,
        Region.OCEANIA,
        Region.OCEANIA,
        Region.OCEANIA,
        Region.AFRICA,
        Region.AFRICA,
        Region.AFRICA,
        Region.AMERICAS
    };
    private static final String[] DONORS = {"DEU", "JPN", "NLD", "CAN", "AUS", "NOR", "CHE", "UNDP", "EU", "GBR"};

    private RandomProblems() {}

    /** Offers cover few areas and types so that a request sees a share of offers of about {@code density}. */
    public static ProblemDocument generate(int requests, int offers, long seed, int areaCount, int typeCount) {
        Random random = new Random(seed);
        Area[] areas = Area.values();
        AssistanceType[] types = AssistanceType.values();
        List<RequestDocument> rs = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int s = random.nextInt(STATES.length);
            int startMonth = random.nextInt(24);
            int length = 3 + random.nextInt(18);
            rs.add(new RequestDocument(
                    "R-" + i,
                    STATES[s],
                    STATE_REGION[s].name(),
                    areas[random.nextInt(areaCount)].name(),
                    types[random.nextInt(typeCount)].name(),
                    (long) (10 + random.nextInt(490)) * 1000,
                    random.nextInt(4) != 0,
                    1 + random.nextInt(5),
                    month(startMonth),
                    month(startMonth + length)));
        }
        List<OfferDocument> os = new ArrayList<>();
        double perOffer = 1.6 * requests * 255_000.0 / Math.max(1, offers) / 2.0;
        for (int i = 0; i < offers; i++) {
            List<String> oa = new ArrayList<>();
            List<String> ot = new ArrayList<>();
            oa.add(areas[random.nextInt(areaCount)].name());
            if (random.nextBoolean()) {
                String a = areas[random.nextInt(areaCount)].name();
                if (!oa.contains(a)) {
                    oa.add(a);
                }
            }
            ot.add(types[random.nextInt(typeCount)].name());
            if (random.nextBoolean()) {
                String t = types[random.nextInt(typeCount)].name();
                if (!ot.contains(t)) {
                    ot.add(t);
                }
            }
            List<String> regions = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                regions.add(Region.values()[random.nextInt(5)].name());
            }
            int startMonth = random.nextInt(12);
            long capacity = Math.round(perOffer * (0.3 + 1.4 * random.nextDouble()) / 1000) * 1000 + 1000;
            Long ceiling = random.nextInt(4) == 0 ? (long) (100 + random.nextInt(300)) * 1000 : null;
            os.add(new OfferDocument(
                    "O-" + i,
                    DONORS[random.nextInt(DONORS.length)],
                    oa,
                    ot,
                    capacity,
                    regions,
                    random.nextInt(5) == 0 ? List.of(STATES[random.nextInt(STATES.length)]) : List.of(),
                    ceiling,
                    month(startMonth),
                    month(startMonth + 12 + random.nextInt(24))));
        }
        return new ProblemDocument(1, rs, os, new ArrayList<CommitmentDocument>(), new ArrayList<RejectionDocument>());
    }

    static String month(int offset) {
        int year = 2027 + offset / 12;
        return String.format("%04d-%02d", year, 1 + offset % 12);
    }
}
