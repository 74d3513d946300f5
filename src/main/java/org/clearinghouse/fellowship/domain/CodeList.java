package org.clearinghouse.fellowship.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Lists of codes (regions, languages, topics) kept in one text column, comma-separated. */
public final class CodeList {

    private CodeList() {}

    public static String join(Collection<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    public static List<String> split(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
