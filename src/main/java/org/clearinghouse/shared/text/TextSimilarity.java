package org.clearinghouse.shared.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cosine similarity of character-trigram term-frequency vectors, between 0 (nothing in common) and 1 (the same
 * text). Texts are normalised first: accents folded (é → e), lower case, punctuation dropped, common English,
 * French and Spanish function words removed; each remaining word is padded with a space on each side, so a trigram
 * never spans two words and word starts and ends count. Trigrams make the measure tolerant of inflections,
 * plurals and typing errors ("armoury" / "armouries"). An empty text (after normalisation) is similar to nothing.
 */
public final class TextSimilarity {

    /** Scores at or above this are likely duplicates (tuned by the unit tests on real-looking requests). */
    public static final double DUPLICATE_THRESHOLD = 0.5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "au",
            "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "par", "pour", "sur", "un", "une", "al",
            "del", "el", "las", "los", "para", "por", "y");

    private TextSimilarity() {}

    /** Similarity of two texts, 0 to 1 (rounded to 3 decimals). Null counts as empty. */
    public static double similarity(String a, String b) {
        Map<String, Integer> x = trigrams(a);
        Map<String, Integer> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = x.size() <= y.size() ? x : y;
        Map<String, Integer> large = small == x ? y : x;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        double score = dot / (norm(x) * norm(y));
        return Math.round(Math.min(1, score) * 1000) / 1000.0;
    }

    /** The text as compared: accents folded, lower case, words separated by single spaces, function words gone. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String word : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    static Map<String, Integer> trigrams(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return counts;
        }
        for (String word : normalised.split(" ")) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                counts.merge(padded.substring(i, i + 3), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double norm(Map<String, Integer> vector) {
        double sum = 0;
        for (int count : vector.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}
