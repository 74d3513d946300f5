package org.clearinghouse.matchingruns.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.matching.explain.ExplanationTexts;
import org.clearinghouse.matching.explain.ReasonCode;
import org.clearinghouse.shared.i18n.ReaderWords;

/**
 * An engine explanation, stored as a key and its arguments, written in words for a reader: areas, types and regions
 * by their names, amounts as money, priorities as "priority 1 (highest)", periods as months, offers and requests by
 * their titles ({@code words.explain.<key>} of the bundles). The engine fills some arguments with English fragments
 * of its own (the region, how the offer was chosen, the exclusion note, lists of ids): these are recognised and
 * written anew. Null when the key is unknown, so that the caller can fall back to the stored text.
 */
public final class ExplanationWords {

    /** Titles of the records an explanation names by their exchange ids ({@code R-17}, {@code O-4}). */
    public interface Names {
        /** The request's title, or null when unknown. */
        String request(String exchangeId);

        /** The offer's title and donor, or null when unknown. */
        String offer(String exchangeId);
    }

    static final String PREFIX = "words.explain.";
    private static final Pattern REGION_LISTED = english(ExplanationTexts.REGION_LISTED);
    private static final Pattern CHOICE_SPLIT = english(ExplanationTexts.CHOICE_SPLIT);
    private static final Pattern LIST_MORE =
            Pattern.compile("^(.*)" + english(ExplanationTexts.LIST_MORE).pattern() + "$", Pattern.DOTALL);
    private static final Pattern REQUEST_NAMED = english(ExplanationTexts.REQUEST_NAMED);
    private static final String EXCLUDED = "excluded.suffix";

    private final ReaderWords words;
    private final Names names;

    public ExplanationWords(ReaderWords words, Names names) {
        this.words = words;
        this.names = names;
    }

    /** The explanation in words, or null when there is no key or no text for it. */
    public String write(String key, List<String> arguments) {
        if (key == null || words.textOrNull(PREFIX + key) == null) {
            return null;
        }
        List<String> args = arguments == null ? List.of() : arguments;
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = word(key, i, args.get(i));
        }
        return words.text(PREFIX + key, values);
    }

    private String word(String key, int index, String arg) {
        if (arg == null) {
            return "";
        }
        if (ExplanationTexts.PROPOSAL.equals(key)) {
            return switch (index) {
                case 2 -> money(arg);
                case 3 -> priority(arg);
                case 4 -> arg; // the weight: shown nowhere in words
                case 5 -> words.area(arg);
                case 6 -> words.type(arg);
                case 7 -> region(arg);
                case 8, 9 -> words.period(arg);
                case 10 -> choice(arg);
                default -> arg;
            };
        }
        if (key.startsWith("unfunded.")) {
            boolean noOffer = key.equals(ExplanationTexts.key(ReasonCode.NO_ELIGIBLE_OFFER));
            return switch (index) {
                case 1 -> money(arg);
                case 2 -> noOffer ? words.area(arg) : offers(arg);
                case 3 -> noOffer ? words.type(arg) : requests(arg);
                case 4 -> noOffer && !arg.isEmpty() ? fixed(EXCLUDED) : arg;
                default -> arg;
            };
        }
        return arg;
    }

    private String money(String arg) {
        try {
            return words.usd(Long.parseLong(arg.trim()));
        } catch (NumberFormatException notANumber) {
            return arg;
        }
    }

    private String priority(String arg) {
        try {
            return words.priority(Integer.parseInt(arg.trim()));
        } catch (NumberFormatException notANumber) {
            return arg;
        }
    }

    private String region(String arg) {
        if (arg.equals(ExplanationTexts.render(ExplanationTexts.REGION_ANY, List.of()))) {
            return fixed(ExplanationTexts.REGION_ANY);
        }
        Matcher m = REGION_LISTED.matcher(arg);
        return m.matches() ? words.text(PREFIX + ExplanationTexts.REGION_LISTED, words.region(m.group(1))) : arg;
    }

    private String choice(String arg) {
        for (String key : List.of(ExplanationTexts.CHOICE_WHOLE, ExplanationTexts.PINNED)) {
            if (arg.equals(ExplanationTexts.render(key, List.of()))) {
                return fixed(key);
            }
        }
        Matcher m = CHOICE_SPLIT.matcher(arg);
        if (m.matches()) {
            return words.text(PREFIX + ExplanationTexts.CHOICE_SPLIT, money(m.group(1)), m.group(2));
        }
        return arg;
    }

    private String fixed(String key) {
        return words.text(PREFIX + key);
    }

    /** "O-4, O-7 and 3 more" as the offers' titles. */
    private String offers(String arg) {
        return list(arg, id -> {
            String title = names.offer(id);
            return title == null ? id : title;
        });
    }

    /** "R-12 (priority 1), R-14 (priority 2) and 5 more" as the requests' titles and priorities in words. */
    private String requests(String arg) {
        return list(arg, item -> {
            Matcher m = REQUEST_NAMED.matcher(item);
            if (!m.matches()) {
                return item;
            }
            String title = names.request(m.group(1));
            return words.text("words.request.named", title == null ? m.group(1) : title, priority(m.group(2)));
        });
    }

    private String list(String arg, java.util.function.UnaryOperator<String> item) {
        if (arg.isBlank()) {
            return arg;
        }
        String items = arg;
        String more = null;
        Matcher m = LIST_MORE.matcher(arg);
        if (m.matches()) {
            items = m.group(1);
            more = m.group(2);
        }
        List<String> written = new ArrayList<>();
        for (String one : items.split(", ")) {
            written.add(item.apply(one.trim()));
        }
        String joined = String.join("; ", written);
        return more == null ? joined : words.text("words.list.more", joined, count(more));
    }

    private String count(String n) {
        try {
            return words.number(Long.parseLong(n));
        } catch (NumberFormatException notANumber) {
            return n;
        }
    }

    /** The English text of a fragment key as a pattern, each {n} a group. */
    private static Pattern english(String key) {
        String marker = "\u0000";
        String sample = ExplanationTexts.render(key, List.of(marker, marker, marker));
        String[] parts = sample.split(marker, -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("(.+?)").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
