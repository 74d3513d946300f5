package org.clearinghouse.proposals.domain;

import java.util.Arrays;
import java.util.List;

/** The arguments of an explanation in one column: joined with U+001F (unit separator), which no text contains. */
public final class ExplanationArguments {

    public static final char SEPARATOR = '\u001F';

    private ExplanationArguments() {}

    public static String join(List<String> arguments) {
        if (arguments == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i) == null ? "" : arguments.get(i).replace(SEPARATOR, ' ');
            b.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(a);
        }
        return b.toString();
    }

    public static List<String> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        if (joined.isEmpty()) {
            return List.of("");
        }
        return Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
    }
}
