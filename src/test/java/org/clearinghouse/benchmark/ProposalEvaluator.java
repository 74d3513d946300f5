package org.clearinghouse.benchmark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/**
 * The oracle: checks a proposal (a list of matches) against every hard rule H1-H12 of docs/matching-rules.md, word for
 * word, and computes the medium objective (sum of W(priority) x amount) and the proposal count. It works on the
 * exchange documents directly and shares no code with the solver or with the benchmark's own baselines, so that a
 * bug there cannot hide here. Commitments count against capacity, need, ceiling and the 3-offer limit; a commitment
 * that itself breaks H1-H5 or H11 is reported too (bad input).
 */
public final class ProposalEvaluator {

    /** One broken rule; {@code rule} is H1..H12 (or INPUT for an unknown id). */
    public record Breach(String rule, String requestId, String offerId, String detail) {
        @Override
        public String toString() {
            return rule + " " + requestId + "/" + offerId + ": " + detail;
        }
    }

    /** The verdict: the breaches (empty = feasible), the medium objective and the number of proposals. */
    public record Evaluation(List<Breach> breaches, long medium, int proposals, long fundedUsd) {
        public boolean feasible() {
            return breaches.isEmpty();
        }

        public Map<String, Integer> breachesByRule() {
            Map<String, Integer> m = new LinkedHashMap<>();
            breaches.forEach(b -> m.merge(b.rule(), 1, Integer::sum));
            return m;
        }
    }

    public static long weight(int priority) {
        return switch (priority) {
            case 1 -> 16;
            case 2 -> 8;
            case 3 -> 4;
            case 4 -> 2;
            case 5 -> 1;
            default -> throw new IllegalArgumentException("priority " + priority);
        };
    }

    public Evaluation evaluate(ProblemDocument problem, List<MatchDocument> matches) {
        List<Breach> breaches = new ArrayList<>();
        Map<String, RequestDocument> requests = new HashMap<>();
        problem.requests().forEach(r -> requests.put(r.id(), r));
        Map<String, OfferDocument> offers = new HashMap<>();
        problem.offers().forEach(o -> offers.put(o.id(), o));
        Set<String> rejected = new HashSet<>();
        for (RejectionDocument j : nullToEmpty(problem.rejections())) {
            rejected.add(key(j.requestId(), j.offerId()));
        }

        Map<String, Long> perOffer = new HashMap<>();
        Map<String, Long> perRequest = new HashMap<>();
        Map<String, Long> proposedPerRequest = new HashMap<>();
        Map<String, Long> committedPerRequest = new HashMap<>();
        Map<String, Long> perPair = new HashMap<>();
        Map<String, Set<String>> fundersOfRequest = new HashMap<>();

        for (CommitmentDocument c : nullToEmpty(problem.commitments())) {
            RequestDocument r = requests.get(c.requestId());
            OfferDocument o = offers.get(c.offerId());
            if (r == null || o == null) {
                breaches.add(new Breach("INPUT", c.requestId(), c.offerId(), "commitment names an unknown id"));
                continue;
            }
            long a = c.amountUsd() == null ? 0 : c.amountUsd();
            checkPair(r, o, rejected, "commitment", breaches);
            perOffer.merge(o.id(), a, Long::sum);
            perRequest.merge(r.id(), a, Long::sum);
            committedPerRequest.merge(r.id(), a, Long::sum);
            perPair.merge(key(r.id(), o.id()), a, Long::sum);
            fundersOfRequest.computeIfAbsent(r.id(), k -> new HashSet<>()).add(o.id());
        }

        long medium = 0;
        long funded = 0;
        Set<String> proposedPairs = new HashSet<>();
        for (MatchDocument m : matches) {
            RequestDocument r = requests.get(m.requestId());
            OfferDocument o = offers.get(m.offerId());
            if (r == null || o == null) {
                breaches.add(new Breach("INPUT", m.requestId(), m.offerId(), "proposal names an unknown id"));
                continue;
            }
            // H12 one row: at most one proposal per pair; every amount a positive whole number of USD
            if (!proposedPairs.add(key(r.id(), o.id()))) {
                breaches.add(new Breach("H12", r.id(), o.id(), "more than one proposal for the pair"));
            }
            if (m.amountUsd() <= 0) {
                breaches.add(new Breach("H12", r.id(), o.id(), "amount " + m.amountUsd() + " is not positive"));
            }
            checkPair(r, o, rejected, "proposal", breaches);
            perOffer.merge(o.id(), m.amountUsd(), Long::sum);
            perRequest.merge(r.id(), m.amountUsd(), Long::sum);
            proposedPerRequest.merge(r.id(), m.amountUsd(), Long::sum);
            perPair.merge(key(r.id(), o.id()), m.amountUsd(), Long::sum);
            fundersOfRequest.computeIfAbsent(r.id(), k -> new HashSet<>()).add(o.id());
            medium += weight(r.priority()) * m.amountUsd();
            funded += m.amountUsd();
        }

        // H6 capacity
        for (Map.Entry<String, Long> e : perOffer.entrySet()) {
            OfferDocument o = offers.get(e.getKey());
            if (e.getValue() > o.capacityUsd()) {
                breaches.add(new Breach(
                        "H6",
                        null,
                        o.id(),
                        "commitments plus proposals " + e.getValue() + " exceed capacity " + o.capacityUsd()));
            }
        }
        // H7 no over-funding
        for (Map.Entry<String, Long> e : perRequest.entrySet()) {
            RequestDocument r = requests.get(e.getKey());
            if (e.getValue() > r.amountUsd()) {
                breaches.add(new Breach(
                        "H7",
                        r.id(),
                        null,
                        "commitments plus proposals " + e.getValue() + " exceed amount " + r.amountUsd()));
            }
        }
        // H8 indivisible: proposals total 0 or exactly amount minus commitments
        for (Map.Entry<String, Long> e : proposedPerRequest.entrySet()) {
            RequestDocument r = requests.get(e.getKey());
            if (!Boolean.FALSE.equals(r.divisible())) {
                continue;
            }
            long rest = r.amountUsd() - committedPerRequest.getOrDefault(r.id(), 0L);
            if (e.getValue() != 0 && e.getValue() != rest) {
                breaches.add(new Breach(
                        "H8", r.id(), null, "indivisible: proposals total " + e.getValue() + ", must be 0 or " + rest));
            }
        }
        // H9 ceiling per request
        for (Map.Entry<String, Long> e : perPair.entrySet()) {
            String[] ro = e.getKey().split("\u0000");
            OfferDocument o = offers.get(ro[1]);
            if (o.maxPerRequestUsd() != null && e.getValue() > o.maxPerRequestUsd()) {
                breaches.add(new Breach(
                        "H9",
                        ro[0],
                        o.id(),
                        "commitments plus proposals " + e.getValue() + " exceed ceiling " + o.maxPerRequestUsd()));
            }
        }
        // H10 few donors
        for (Map.Entry<String, Set<String>> e : fundersOfRequest.entrySet()) {
            if (e.getValue().size() > 3) {
                breaches.add(new Breach(
                        "H10", e.getKey(), null, e.getValue().size() + " distinct offers fund the request, at most 3"));
            }
        }
        return new Evaluation(List.copyOf(breaches), medium, matches.size(), funded);
    }

    /** H1-H5 and H11 for one pair. */
    private static void checkPair(
            RequestDocument r, OfferDocument o, Set<String> rejected, String what, List<Breach> out) {
        if (!nullToEmpty(o.areas()).contains(r.area())) {
            out.add(new Breach("H1", r.id(), o.id(), what + ": area " + r.area() + " not among " + o.areas()));
        }
        if (!nullToEmpty(o.types()).contains(r.type())) {
            out.add(new Breach("H2", r.id(), o.id(), what + ": type " + r.type() + " not among " + o.types()));
        }
        if (!nullToEmpty(o.regions()).isEmpty() && !o.regions().contains(r.region())) {
            out.add(new Breach("H3", r.id(), o.id(), what + ": region " + r.region() + " not among " + o.regions()));
        }
        if (nullToEmpty(o.excludedStates()).contains(r.state())) {
            out.add(new Breach("H4", r.id(), o.id(), what + ": State " + r.state() + " is excluded"));
        }
        if (Objects.equals(o.donor(), r.state())) {
            out.add(new Breach("H4", r.id(), o.id(), what + ": State " + r.state() + " is the offer's donor"));
        }
        YearMonth rs = YearMonth.parse(r.start());
        YearMonth re = YearMonth.parse(r.end());
        YearMonth os = YearMonth.parse(o.start());
        YearMonth oe = YearMonth.parse(o.end());
        if (rs.isAfter(oe) || os.isAfter(re)) {
            out.add(new Breach(
                    "H5",
                    r.id(),
                    o.id(),
                    what + ": months " + r.start() + ".." + r.end() + " and " + o.start() + ".." + o.end()
                            + " do not overlap"));
        }
        if (rejected.contains(key(r.id(), o.id()))) {
            out.add(new Breach("H11", r.id(), o.id(), what + ": the pair is rejected"));
        }
    }

    private static String key(String requestId, String offerId) {
        return requestId + "\u0000" + offerId;
    }

    private static <T> List<T> nullToEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
