package org.clearinghouse.matchingruns.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.shared.i18n.ReaderWords;

/**
 * A matching run's result in one sentence a person reads: "all rules met · USD 5.3 million proposed for 25 requests ·
 * 6 not fully funded". The solver's weighted score ("0hard/66450000medium/-25soft") is only a detail beside it.
 */
public final class RunSummary {

    static final String SEPARATOR = " · ";
    private static final Pattern HARD = Pattern.compile("^\\s*(-?\\d+)hard\\b");

    private RunSummary() {}

    /**
     * @param feasible whether the run met every rule, null when unknown (then read from {@code score})
     * @param score the solver's score, null before it has one
     * @param proposedUsd the amount proposed, null while the run has no result
     * @param requests how many requests the run proposed something for
     * @param notFullyFunded how many requests it left unfunded or partly funded, null while no result
     */
    public static String of(
            ReaderWords words,
            Boolean feasible,
            String score,
            Long proposedUsd,
            Integer requests,
            Integer notFullyFunded) {
        List<String> parts = new ArrayList<>();
        String rules = rules(words, feasible, score);
        if (rules != null) {
            parts.add(rules);
        }
        if (proposedUsd != null && requests != null) {
            parts.add(
                    proposedUsd == 0 || requests == 0
                            ? words.text("words.run.nothingProposed")
                            : words.text(
                                    requests == 1 ? "words.run.proposed.one" : "words.run.proposed",
                                    words.usdCompact(proposedUsd),
                                    words.number(requests)));
        }
        if (notFullyFunded != null) {
            parts.add(
                    notFullyFunded == 0
                            ? words.text("words.run.allFunded")
                            : words.text("words.run.notFullyFunded", words.number(notFullyFunded)));
        }
        return String.join(SEPARATOR, parts);
    }

    /** "all rules met", or how many rules the best solution breaks; null when not known yet. */
    static String rules(ReaderWords words, Boolean feasible, String score) {
        Long hard = hardScore(score);
        if (Boolean.TRUE.equals(feasible) || (feasible == null && hard != null && hard >= 0)) {
            return words.text("words.run.rulesMet");
        }
        if (Boolean.FALSE.equals(feasible) || hard != null) {
            return words.text("words.run.rulesBroken", words.number(hard == null ? 1 : Math.max(1, -hard)));
        }
        return null;
    }

    private static Long hardScore(String score) {
        if (score == null) {
            return null;
        }
        Matcher m = HARD.matcher(score);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
