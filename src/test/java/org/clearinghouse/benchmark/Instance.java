package org.clearinghouse.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/**
 * Array view of a problem for the baselines (greedy, bounds, exact MIP) and the generator: static eligibility
 * (H1-H5) as pairs grouped by request, rejections (H11) and commitments folded in as remaining need, remaining
 * capacity and per-pair room under the ceiling. Not used by {@link ProposalEvaluator}, which stays independent.
 * Assumes valid input (ids unique, commitments feasible), as the generator produces.
 */
final class Instance {

    static final int[] WEIGHT = {0, 16, 8, 4, 2, 1};

    final ProblemDocument doc;
    final int nR;
    final int nO;
    final String[] requestId;
    final String[] offerId;
    final long[] amount;
    final boolean[] divisible;
    final int[] weight;
    /** amount minus commitments, at least 0. */
    final long[] need;
    /** capacity minus commitments, at least 0. */
    final long[] capLeft;
    /** distinct offers already committed to the request. */
    final int[] committedOffers;

    /** Pairs meeting H1-H5, grouped by request: pairs of request r are pairStart[r] .. pairStart[r+1]-1. */
    final int[] pairStart;

    final int[] pairOffer;
    final boolean[] pairRejected;
    /** commitment already on the pair (0 if none). */
    final long[] pairCommitted;
    /** most a proposal on the pair may carry: min(need, ceiling - committed on pair); 0 when rejected. */
    final long[] pairUb;

    Instance(ProblemDocument doc) {
        this.doc = doc;
        List<RequestDocument> rs = doc.requests();
        List<OfferDocument> os = doc.offers();
        nR = rs.size();
        nO = os.size();
        requestId = new String[nR];
        offerId = new String[nO];
        amount = new long[nR];
        divisible = new boolean[nR];
        weight = new int[nR];
        need = new long[nR];
        capLeft = new long[nO];
        committedOffers = new int[nR];
        Map<String, Integer> rIndex = new HashMap<>();
        Map<String, Integer> oIndex = new HashMap<>();
        Map<String, Integer> stateIndex = new HashMap<>();

        int[] rArea = new int[nR];
        int[] rType = new int[nR];
        int[] rRegion = new int[nR];
        int[] rState = new int[nR];
        int[] rStart = new int[nR];
        int[] rEnd = new int[nR];
        for (int r = 0; r < nR; r++) {
            RequestDocument d = rs.get(r);
            requestId[r] = d.id();
            rIndex.put(d.id(), r);
            amount[r] = d.amountUsd();
            divisible[r] = Boolean.TRUE.equals(d.divisible());
            weight[r] = WEIGHT[d.priority()];
            need[r] = amount[r];
            rArea[r] = areaBit(d.area());
            rType[r] = typeBit(d.type());
            rRegion[r] = 1 << Catalogue.REGIONS.indexOf(d.region());
            rState[r] = stateIndex.computeIfAbsent(d.state(), k -> stateIndex.size());
            rStart[r] = month(d.start());
            rEnd[r] = month(d.end());
        }
        int[] oAreas = new int[nO];
        int[] oTypes = new int[nO];
        int[] oRegions = new int[nO];
        int[] oStart = new int[nO];
        int[] oEnd = new int[nO];
        long[] ceiling = new long[nO];
        int[][] oBlocked = new int[nO][];
        for (int o = 0; o < nO; o++) {
            OfferDocument d = os.get(o);
            offerId[o] = d.id();
            oIndex.put(d.id(), o);
            capLeft[o] = d.capacityUsd();
            for (String a : d.areas()) {
                oAreas[o] |= areaBit(a);
            }
            for (String t : d.types()) {
                oTypes[o] |= typeBit(t);
            }
            if (d.regions() == null || d.regions().isEmpty()) {
                oRegions[o] = -1;
            } else {
                for (String g : d.regions()) {
                    oRegions[o] |= 1 << Catalogue.REGIONS.indexOf(g);
                }
            }
            oStart[o] = month(d.start());
            oEnd[o] = month(d.end());
            ceiling[o] = d.maxPerRequestUsd() == null ? Long.MAX_VALUE : d.maxPerRequestUsd();
            List<String> ex = d.excludedStates() == null ? List.of() : d.excludedStates();
            int[] blocked = new int[ex.size() + 1];
            int n = 0;
            for (String s : ex) {
                Integer si = stateIndex.get(s);
                if (si != null) {
                    blocked[n++] = si;
                }
            }
            Integer donor = stateIndex.get(d.donor());
            if (donor != null) {
                blocked[n++] = donor;
            }
            oBlocked[o] = java.util.Arrays.copyOf(blocked, n);
        }

        // static eligibility H1-H5, two passes (count, fill) to keep XL (3M pairs) in flat arrays
        pairStart = new int[nR + 1];
        int total = 0;
        int[] filled = null;
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : new int[total];
            int k = 0;
            for (int r = 0; r < nR; r++) {
                if (pass == 0) {
                    pairStart[r] = k;
                }
                for (int o = 0; o < nO; o++) {
                    if ((oAreas[o] & rArea[r]) != 0
                            && (oTypes[o] & rType[r]) != 0
                            && (oRegions[o] & rRegion[r]) != 0
                            && rStart[r] <= oEnd[o]
                            && oStart[o] <= rEnd[r]
                            && !contains(oBlocked[o], rState[r])) {
                        if (fill != null) {
                            fill[k] = o;
                        }
                        k++;
                    }
                }
            }
            if (pass == 0) {
                pairStart[nR] = k;
                total = k;
            } else {
                filled = fill;
            }
        }
        pairOffer = filled;
        pairRejected = new boolean[total];
        pairCommitted = new long[total];
        pairUb = new long[total];

        if (doc.rejections() != null) {
            for (RejectionDocument j : doc.rejections()) {
                int p = pairIndex(rIndex.get(j.requestId()), oIndex.get(j.offerId()));
                if (p >= 0) {
                    pairRejected[p] = true;
                }
            }
        }
        if (doc.commitments() != null) {
            for (CommitmentDocument c : doc.commitments()) {
                int r = rIndex.get(c.requestId());
                int o = oIndex.get(c.offerId());
                need[r] -= c.amountUsd();
                capLeft[o] -= c.amountUsd();
                int p = pairIndex(r, o);
                if (p >= 0) {
                    if (pairCommitted[p] == 0) {
                        committedOffers[r]++;
                    }
                    pairCommitted[p] += c.amountUsd();
                } else {
                    committedOffers[r]++; // an ineligible commitment still takes a donor slot
                }
            }
        }
        for (int r = 0; r < nR; r++) {
            need[r] = Math.max(0, need[r]);
            for (int p = pairStart[r]; p < pairStart[r + 1]; p++) {
                int o = pairOffer[p];
                long ub = pairRejected[p] ? 0 : Math.min(need[r], ceiling[o] - pairCommitted[p]);
                pairUb[p] = Math.max(0, ub);
            }
        }
        for (int o = 0; o < nO; o++) {
            capLeft[o] = Math.max(0, capLeft[o]);
        }
    }

    int pairIndex(Integer r, Integer o) {
        if (r == null || o == null) {
            return -1;
        }
        int lo = pairStart[r];
        int hi = pairStart[r + 1] - 1;
        while (lo <= hi) { // offers of a request are in increasing index order
            int mid = (lo + hi) >>> 1;
            int v = pairOffer[mid];
            if (v < o) {
                lo = mid + 1;
            } else if (v > o) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    long eligiblePairs() {
        return pairStart[nR];
    }

    long usablePairs() {
        long n = 0;
        for (boolean b : pairRejected) {
            if (!b) {
                n++;
            }
        }
        return n;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static int month(String yyyyMm) {
        return Integer.parseInt(yyyyMm.substring(0, 4)) * 12 + Integer.parseInt(yyyyMm.substring(5, 7)) - 1;
    }

    static String monthString(int m) {
        return String.format("%04d-%02d", m / 12, m % 12 + 1);
    }

    private static int areaBit(String area) {
        for (int i = 0; i < Catalogue.AREAS.size(); i++) {
            if (Catalogue.AREAS.get(i).value().equals(area)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("unknown area " + area);
    }

    private static int typeBit(String type) {
        for (int i = 0; i < Catalogue.TYPES.size(); i++) {
            if (Catalogue.TYPES.get(i).value().equals(type)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("unknown type " + type);
    }
}
