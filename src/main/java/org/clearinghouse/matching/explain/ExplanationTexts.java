package org.clearinghouse.matching.explain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every English sentence of the explanations, by key; arguments are positional ({0}, {1}...). To translate, supply
 * another map with the same keys.
 */
public final class ExplanationTexts {

    public static final String PROPOSAL = "proposal";
    public static final String REGION_ANY = "region.any";
    public static final String REGION_LISTED = "region.listed";
    public static final String CHOICE_WHOLE = "choice.whole";
    public static final String CHOICE_SPLIT = "choice.split";
    public static final String PINNED = "proposal.pinned";
    public static final String LIST_MORE = "list.more";
    public static final String REQUEST_NAMED = "request.named";

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(
                    PROPOSAL,
                    "Offer {1} funds {2} USD of request {0} (priority {3}, weight {4}): it covers area {5}"
                            + " and type {6}, {7}, its period {8} overlaps the request''s {9}, and the State is not excluded. {10}"),
            Map.entry(REGION_ANY, "it serves every region"),
            Map.entry(REGION_LISTED, "it serves the region {0}"),
            Map.entry(CHOICE_WHOLE, "It had enough capacity left to cover the open amount in one piece."),
            Map.entry(
                    CHOICE_SPLIT,
                    "It had {0} USD left for this request after higher-weighted requests; the request is"
                            + " funded by {1} offers."),
            Map.entry(PINNED, "The secretariat accepted this match; re-runs keep it."),
            Map.entry(
                    key(ReasonCode.NO_ELIGIBLE_OFFER),
                    "Request {0} ({1} USD open): no offer covers area {2} and type {3}" + " for this State{4}."),
            Map.entry(
                    key(ReasonCode.OUTSIDE_PERIOD_OR_REGION),
                    "Request {0} ({1} USD open): offers {2} cover area and type,"
                            + " but each fails the period or the region."),
            Map.entry(
                    key(ReasonCode.REJECTED),
                    "Request {0} ({1} USD open): every eligible offer ({2}) was rejected for it."),
            Map.entry(
                    key(ReasonCode.INDIVISIBLE_TOO_LARGE),
                    "Request {0} ({1} USD open) is indivisible and its eligible"
                            + " offers ({2}) cannot cover it in full within their capacity, ceilings and three offers."),
            Map.entry(
                    key(ReasonCode.USED_BY_HIGHER_WEIGHTED),
                    "Request {0} ({1} USD open): the capacity of its eligible"
                            + " offers ({2}) is used by requests with a higher weight: {3}."),
            Map.entry(
                    key(ReasonCode.USED_BY_EQUAL_OR_LOWER_WEIGHTED),
                    "Request {0} ({1} USD open): the capacity of its"
                            + " eligible offers ({2}) is used by requests of equal or lower weight ({3}); the solver kept those to"
                            + " fund as much priority-weighted USD in as few pieces as possible."),
            Map.entry(
                    key(ReasonCode.CAPACITY_COMMITTED),
                    "Request {0} ({1} USD open): the capacity of its eligible offers"
                            + " ({2}) is taken by commitments."),
            Map.entry(
                    key(ReasonCode.CEILING_REACHED),
                    "Request {0} ({1} USD open): its eligible offers ({2}) reached their" + " ceiling per request."),
            Map.entry(key(ReasonCode.OFFER_LIMIT_REACHED), "Request {0} ({1} USD open): three offers already fund it."),
            Map.entry(
                    key(ReasonCode.NOT_SELECTED),
                    "Request {0} ({1} USD open): offers {2} still have capacity; the solver"
                            + " did not use it within its time limit."),
            Map.entry("excluded.suffix", " (the offers that cover them exclude this State or are its own)"),
            Map.entry(LIST_MORE, " and {0} more"),
            Map.entry(REQUEST_NAMED, "{0} (priority {1})"));

    private ExplanationTexts() {}

    public static String key(ReasonCode code) {
        return "unfunded." + code.name();
    }

    /** The English text of a key with its arguments. */
    public static String render(String key, List<?> args) {
        String pattern = ENGLISH.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text for key " + key);
        }
        return new MessageFormat(pattern, Locale.ROOT)
                .format(args.stream().map(String::valueOf).toArray());
    }
}
