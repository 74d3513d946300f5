package org.clearinghouse.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/**
 * Seeded, reproducible generator of realistic matching problems (same size and seed give the same problem, byte for
 * byte once written). See src/bench/README.md for the distributions.
 */
public final class ProblemGenerator {

    static final int FIRST_REQUEST_MONTH = 2027 * 12; // 2027-01
    static final int LAST_MONTH = 2029 * 12 + 11; // 2029-12
    static final double CAPACITY_SHARE = 0.5; // total capacity / total requested
    static final double INDIVISIBLE_SHARE = 0.30;
    static final double COMMITTED_REQUEST_SHARE = 0.05;
    static final double REJECTED_PAIR_SHARE = 0.03;
    static final double OFFER_REGION_SHARE = 0.35;
    static final double OFFER_CEILING_SHARE = 0.30;
    static final double OFFER_EXCLUSION_SHARE = 0.06;
    // realistic family
    static final double R_INDIVISIBLE_SHARE = 0.40;
    static final double R_GLOBAL_SHARE = 0.05;
    static final double R_REGIONAL_SHARE = 0.35;

    private final Size size;
    private final long seed;
    private final Family family;
    private final Random rnd;

    public ProblemGenerator(Size size, long seed, Family family) {
        this.size = size;
        this.seed = seed;
        this.family = family;
        this.rnd = new Random(seed * 1_000_003L + size.ordinal());
    }

    /** The problem of the family named by -Dbench.family (default realistic). */
    public static ProblemDocument generate(Size size, long seed) {
        return generate(size, seed, Family.current());
    }

    public static ProblemDocument generate(Size size, long seed, Family family) {
        return new ProblemGenerator(size, seed, family).generate();
    }

    public ProblemDocument generate() {
        List<RequestDocument> requests = requests();
        long requested = requests.stream().mapToLong(RequestDocument::amountUsd).sum();
        List<OfferDocument> offers = family == Family.BROAD ? offers(requested) : realisticOffers(requested);

        // static eligibility on the bare problem, then rejections and commitments on eligible pairs only
        ProblemDocument bare =
                new ProblemDocument(ProblemDocument.FORMAT_VERSION, requests, offers, List.of(), List.of());
        Instance inst = new Instance(bare);
        List<RejectionDocument> rejections = new ArrayList<>();
        boolean[] rejected = new boolean[(int) inst.eligiblePairs()];
        for (int r = 0; r < inst.nR; r++) {
            for (int p = inst.pairStart[r]; p < inst.pairStart[r + 1]; p++) {
                if (rnd.nextDouble() < REJECTED_PAIR_SHARE) {
                    rejected[p] = true;
                    rejections.add(new RejectionDocument(inst.requestId[r], inst.offerId[inst.pairOffer[p]]));
                }
            }
        }
        List<CommitmentDocument> commitments = commitments(inst, rejected, offers);
        return new ProblemDocument(ProblemDocument.FORMAT_VERSION, requests, offers, commitments, rejections);
    }

    private List<RequestDocument> requests() {
        List<Catalogue.State> states = Catalogue.RECIPIENTS;
        double[] activity = new double[states.size()];
        for (int i = 0; i < activity.length; i++) {
            activity[i] = 1.0 / StrictMath.pow(i + 1, 0.9); // a few States post many requests
        }
        List<RequestDocument> out = new ArrayList<>(size.requests);
        for (int i = 0; i < size.requests; i++) {
            Catalogue.State st = states.get(pick(activity));
            String area = pickWeighted(Catalogue.AREAS);
            String type = pickWeighted(Catalogue.TYPES);
            // log-normal: median about 220k, from tens of thousands to a few millions
            long amount = family == Family.BROAD
                    ? logNormal(220_000, 1.05, 20_000, 6_000_000, 1_000)
                    : logNormal(220_000 * Catalogue.amountScale(area, type), 1.0, 20_000, 6_000_000, 1_000);
            boolean divisible = rnd.nextDouble() >= (family == Family.BROAD ? INDIVISIBLE_SHARE : R_INDIVISIBLE_SHARE);
            int priority = pick(Catalogue.PRIORITY_WEIGHTS) + 1;
            int start = FIRST_REQUEST_MONTH + rnd.nextInt(30);
            int end = Math.min(LAST_MONTH, start + 2 + rnd.nextInt(22));
            out.add(new RequestDocument(
                    "R-" + (i + 1),
                    st.code(),
                    st.region(),
                    area,
                    type,
                    amount,
                    divisible,
                    priority,
                    Instance.monthString(start),
                    Instance.monthString(end)));
        }
        return out;
    }

    private List<OfferDocument> offers(long requested) {
        int n = size.offers;
        double[] donorActivity = new double[Catalogue.DONORS.size()];
        for (int i = 0; i < donorActivity.length; i++) {
            donorActivity[i] = 1.0 / StrictMath.pow(i + 1, 0.7);
        }
        double[] raw = new double[n];
        double rawSum = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = StrictMath.exp(0.9 * rnd.nextGaussian());
            rawSum += raw[i];
        }
        double scale = CAPACITY_SHARE * requested / rawSum;
        List<String> recipientCodes =
                Catalogue.RECIPIENTS.stream().map(Catalogue.State::code).toList();
        List<OfferDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String donor = Catalogue.DONORS.get(pick(donorActivity));
            List<String> areas = pickDistinct(Catalogue.AREAS, 1 + binomial(3, size.breadth));
            List<String> types = pickDistinct(Catalogue.TYPES, 1 + binomial(2, size.breadth));
            long capacity = Math.max(10_000, Math.round(raw[i] * scale / 10_000.0) * 10_000);
            List<String> regions = rnd.nextDouble() < OFFER_REGION_SHARE
                    ? sortedByCatalogue(pickDistinct(Catalogue.OFFER_REGIONS, 1 + (rnd.nextDouble() < 0.3 ? 1 : 0)))
                    : List.of();
            Long ceiling = null;
            if (rnd.nextDouble() < OFFER_CEILING_SHARE) {
                ceiling = Math.max(50_000, Math.round(capacity * (0.1 + 0.4 * rnd.nextDouble()) / 10_000.0) * 10_000);
            }
            List<String> excluded =
                    rnd.nextDouble() < OFFER_EXCLUSION_SHARE ? excludedStates(recipientCodes) : List.of();
            int start = 2026 * 12 + 6 + rnd.nextInt(30); // 2026-07 .. 2028-12
            int end = Math.min(LAST_MONTH, start + 11 + rnd.nextInt(25));
            out.add(new OfferDocument(
                    "O-" + (i + 1),
                    donor,
                    areas,
                    types,
                    capacity,
                    regions,
                    excluded,
                    ceiling,
                    Instance.monthString(start),
                    Instance.monthString(end)));
        }
        return out;
    }

    /**
     * Offers of the realistic family: a few large global funds (no region, several areas and types, rarely a
     * ceiling per request), regional programmes (one or two regions, one to three areas) and many small bilateral offers
     * (one region, one or two areas, one type, shorter periods, ceilings and excluded States more often). Donors'
     * interest follows neither the needs' area mix nor their regions ({@link Catalogue#OFFER_AREAS},
     * {@link Catalogue#OFFER_REGIONS}), so some requests have many narrow offers and others depend on the global
     * funds: a greedy that fills from the offer with most capacity left spends those funds on the first requests it
     * meets. Total capacity is half of the total requested.
     */
    private List<OfferDocument> realisticOffers(long requested) {
        int n = size.offers;
        double[] donorActivity = new double[Catalogue.DONORS.size()];
        for (int i = 0; i < donorActivity.length; i++) {
            donorActivity[i] = 1.0 / StrictMath.pow(i + 1, 0.7);
        }
        OfferKind[] kinds = new OfferKind[n];
        double[] raw = new double[n];
        double rawSum = 0;
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            kinds[i] = u < R_GLOBAL_SHARE
                    ? OfferKind.GLOBAL
                    : u < R_GLOBAL_SHARE + R_REGIONAL_SHARE ? OfferKind.REGIONAL : OfferKind.BILATERAL;
        }
        if (n > 0 && Arrays.stream(kinds).noneMatch(k -> k == OfferKind.GLOBAL)) {
            kinds[0] = OfferKind.GLOBAL; // at least one global fund, even at S
        }
        for (int i = 0; i < n; i++) {
            raw[i] = kinds[i].capacityScale * StrictMath.exp(0.8 * rnd.nextGaussian());
            rawSum += raw[i];
        }
        double scale = CAPACITY_SHARE * requested / rawSum;
        List<String> recipientCodes =
                Catalogue.RECIPIENTS.stream().map(Catalogue.State::code).toList();
        double b = size.realisticBreadth;
        List<OfferDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            OfferKind kind = kinds[i];
            String donor = Catalogue.DONORS.get(pick(donorActivity));
            List<String> areas;
            List<String> types;
            List<String> regions;
            double ceilingShare;
            double exclusionShare;
            int minMonths;
            int extraMonths;
            switch (kind) {
                case GLOBAL -> {
                    areas = pickDistinct(Catalogue.AREAS, 3 + binomial(4, b));
                    types = pickDistinct(Catalogue.TYPES, 2 + binomial(2, b));
                    regions = List.of();
                    ceilingShare = 0.1;
                    exclusionShare = 0.0;
                    minMonths = 24;
                    extraMonths = 19;
                }
                case REGIONAL -> {
                    areas = pickDistinct(Catalogue.OFFER_AREAS, 1 + binomial(3, b));
                    types = pickDistinct(Catalogue.TYPES, 1 + binomial(2, b));
                    regions = sortedByCatalogue(
                            pickDistinct(Catalogue.DONOR_REGIONS, 1 + (rnd.nextDouble() < 0.25 ? 1 : 0)));
                    ceilingShare = 0.35;
                    exclusionShare = 0.08;
                    minMonths = 12;
                    extraMonths = 25;
                }
                default -> {
                    areas = pickDistinct(Catalogue.OFFER_AREAS, 1 + binomial(2, b));
                    types = pickDistinct(Catalogue.TYPES, 1 + binomial(1, b));
                    regions = sortedByCatalogue(pickDistinct(Catalogue.DONOR_REGIONS, 1));
                    ceilingShare = 0.4;
                    exclusionShare = 0.12;
                    minMonths = 12;
                    extraMonths = 13;
                }
            }
            long capacity = Math.max(10_000, Math.round(raw[i] * scale / 10_000.0) * 10_000);
            Long ceiling = null;
            if (rnd.nextDouble() < ceilingShare) {
                ceiling = Math.max(50_000, Math.round(capacity * (0.05 + 0.35 * rnd.nextDouble()) / 10_000.0) * 10_000);
            }
            List<String> excluded = rnd.nextDouble() < exclusionShare ? excludedStates(recipientCodes) : List.of();
            int start = 2026 * 12 + 6 + rnd.nextInt(30); // 2026-07 .. 2028-12
            int end = Math.min(LAST_MONTH, start + minMonths - 1 + rnd.nextInt(extraMonths));
            out.add(new OfferDocument(
                    "O-" + (i + 1),
                    donor,
                    areas,
                    types,
                    capacity,
                    regions,
                    excluded,
                    ceiling,
                    Instance.monthString(start),
                    Instance.monthString(end)));
        }
        return out;
    }

    /** The three kinds of offer of the realistic family, with their relative capacity. */
    private enum OfferKind {
        GLOBAL(12.0),
        REGIONAL(1.5),
        BILATERAL(0.6);

        final double capacityScale;

        OfferKind(double capacityScale) {
            this.capacityScale = capacityScale;
        }
    }

    /**
     * About 5% of the requests get one commitment (a fifth of those a second one), each on an eligible, non-rejected
     * pair and within capacity, need, ceiling and the 3-offer limit, so the generated input is valid.
     */
    private List<CommitmentDocument> commitments(Instance inst, boolean[] rejected, List<OfferDocument> offers) {
        long[] capLeft = offers.stream().mapToLong(OfferDocument::capacityUsd).toArray();
        List<CommitmentDocument> out = new ArrayList<>();
        int wanted = (int) Math.round(inst.nR * COMMITTED_REQUEST_SHARE);
        Set<Integer> chosen = new HashSet<>();
        int guard = 0;
        while (chosen.size() < wanted && guard++ < inst.nR * 10) {
            int r = rnd.nextInt(inst.nR);
            if (chosen.contains(r) || inst.pairStart[r + 1] == inst.pairStart[r]) {
                continue;
            }
            chosen.add(r);
            long needLeft = inst.amount[r];
            int times = rnd.nextDouble() < 0.2 ? 2 : 1;
            Set<Integer> used = new HashSet<>();
            for (int t = 0; t < times && needLeft > 0; t++) {
                int from = inst.pairStart[r];
                int count = inst.pairStart[r + 1] - from;
                int p = from + rnd.nextInt(count);
                int o = inst.pairOffer[p];
                if (rejected[p] || used.contains(o)) {
                    continue;
                }
                Long ceiling = offers.get(o).maxPerRequestUsd();
                long room = Math.min(needLeft, Math.min(capLeft[o], ceiling == null ? Long.MAX_VALUE : ceiling));
                long amount;
                if (!inst.divisible[r] && t == 0 && room == needLeft && rnd.nextDouble() < 0.5) {
                    amount = room; // an indivisible request fully committed
                } else {
                    amount = Math.round(room * (0.2 + 0.5 * rnd.nextDouble()) / 1_000.0) * 1_000;
                }
                if (amount <= 0 || amount > room) {
                    continue;
                }
                used.add(o);
                capLeft[o] -= amount;
                needLeft -= amount;
                out.add(new CommitmentDocument(inst.requestId[r], inst.offerId[o], amount));
            }
        }
        return out;
    }

    private List<String> sortedByCatalogue(List<String> regions) {
        return Catalogue.REGIONS.stream().filter(regions::contains).toList();
    }

    private int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    private long logNormal(double median, double sigma, long min, long max, long round) {
        double v = median * StrictMath.exp(sigma * rnd.nextGaussian());
        long x = Math.round(v / round) * round;
        return Math.max(min, Math.min(max, x));
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pickWeighted(List<Catalogue.Weighted<T>> items) {
        double[] w = items.stream().mapToDouble(Catalogue.Weighted::weight).toArray();
        return items.get(pick(w)).value();
    }

    /** k distinct values drawn by weight, returned in catalogue order. */
    private <T> List<T> pickDistinct(List<Catalogue.Weighted<T>> items, int k) {
        double[] w = items.stream().mapToDouble(Catalogue.Weighted::weight).toArray();
        boolean[] taken = new boolean[w.length];
        for (int n = 0; n < Math.min(k, w.length); n++) {
            int i = pick(w);
            taken[i] = true;
            w[i] = 0;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                out.add(items.get(i).value());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return size + "-seed" + seed + " " + Arrays.toString(new int[] {size.requests, size.offers});
    }

    /** One to three States an offer excludes, among the 30 most active recipients. */
    private List<String> excludedStates(List<String> recipientCodes) {
        int k = 1 + rnd.nextInt(3);
        Set<String> excluded = new LinkedHashSet<>();
        while (excluded.size() < k) {
            excluded.add(recipientCodes.get(rnd.nextInt(Math.min(30, recipientCodes.size()))));
        }
        return List.copyOf(excluded);
    }
}
