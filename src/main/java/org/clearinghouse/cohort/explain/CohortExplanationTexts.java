package org.clearinghouse.cohort.explain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every English sentence of the cohort explanations, by key; arguments are positional ({0}, {1}...). The pages look
 * the same keys up under {@code explain.} in the portal's bundles.
 */
public final class CohortExplanationTexts {

    public static final String SELECTED = "cohort.selected";
    public static final String PINNED_SELECTED = "cohort.selected.pinned";

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(
                    SELECTED,
                    "Nomination {0} is selected for call {1}: it meets the region, a course language and a topic."
                            + " Need of {2} ({3}): +{4}; the State''s rank {5}: +{6}; {7} years of experience: +{8}."
                            + " The cohort has {9} women among {10} nominees (target {11}%) and {13} from {12}."),
            Map.entry(
                    PINNED_SELECTED,
                    "Nomination {0} is selected for call {1} because the secretariat pinned it; re-runs keep it."),
            Map.entry(
                    key(CandidateReason.PINNED_OUT),
                    "Nomination {0} is not selected for call {1}: the secretariat left it out; re-runs keep that."),
            Map.entry(
                    key(CandidateReason.REGION_NOT_ADMITTED),
                    "Nomination {0} is not eligible for call {1}: the call admits {3}, not the region {2}."),
            Map.entry(
                    key(CandidateReason.NO_COURSE_LANGUAGE),
                    "Nomination {0} is not eligible for call {1}: the candidate speaks {2}, the course is in {3}."),
            Map.entry(
                    key(CandidateReason.NO_CALL_TOPIC),
                    "Nomination {0} is not eligible for call {1}: the candidate works on {2}, the call covers {3}."),
            Map.entry(
                    key(CandidateReason.NO_FUNDED_SEAT),
                    "Nomination {0} is not selected: no seat of call {1} is funded yet."),
            Map.entry(
                    key(CandidateReason.SELECTED_FOR_ANOTHER_CALL),
                    "Nomination {0} is not selected for call {1}: the candidate is selected for call {3} (nomination"
                            + " {2}) and joins at most one cohort in {4}."),
            Map.entry(
                    key(CandidateReason.STATE_CAP_REACHED),
                    "Nomination {0} is not selected for call {1}: {2} may have {3} nominee(s) in the cohort and has {4}."),
            Map.entry(
                    key(CandidateReason.WAITLISTED),
                    "Nomination {0} is number {2} on the waiting list of call {1}: the {3} funded seats went to"
                            + " nominees who together score higher; it would add {4} points to the cohort as proposed."),
            Map.entry(
                    key(CandidateReason.NOT_SELECTED),
                    "Nomination {0} is not selected for call {1} although {2} funded seat(s) are free: the solver did"
                            + " not reach it within its time limit."),
            Map.entry("cohort.rankedNominee", "{0} (rank {1})"));

    private CohortExplanationTexts() {}

    public static String key(CandidateReason reason) {
        return "cohort.notSelected." + reason.name();
    }

    /** Every key, for the bundle checks. */
    public static java.util.Set<String> keys() {
        return ENGLISH.keySet();
    }

    /** The English text of a key with its arguments. */
    public static String render(String key, List<?> arguments) {
        String pattern = ENGLISH.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments.toArray());
    }
}
