package org.clearinghouse.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile input for {@link HostileInputIT}: JSON fragments that are huge, negative, not numbers,
 * deeply nested, of the wrong type, full of control characters or unpaired surrogates, overlong, or huge lists, and
 * whole bodies built from a valid one with one field replaced, removed or added.
 */
final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOT = "\u0001HOSTILE\u0001";

    private HostileInputs() {}

    /** One hostile JSON value, as raw JSON text (some are deliberately not valid JSON). */
    static Arbitrary<String> value() {
        return Arbitraries.oneOf(
                numbers(),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                strings(),
                wrongTypes(),
                nesting(),
                hugeLists());
    }

    static Arbitrary<String> numbers() {
        return Arbitraries.of(
                "1e308",
                "-1e308",
                "1e999",
                "-1e999",
                "99999999999999999999999999999999",
                "-9223372036854775809",
                "9223372036854775808",
                "9223372036854775807",
                "-9223372036854775808",
                "2147483648",
                "-2147483649",
                "-1",
                "0",
                "-0",
                "0.5",
                "1E-400",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x1F",
                "1_000",
                "+1",
                "01");
    }

    static Arbitrary<String> strings() {
        Arbitrary<String> anyUnicode =
                Arbitraries.strings().all().ofMaxLength(300).map(HostileInputs::quoted);
        Arbitrary<String> overlong =
                Arbitraries.integers().between(201, 300_000).map(n -> quoted("é".repeat(n)));
        Arbitrary<String> tricky = Arbitraries.of(
                "\"NaN\"",
                "\"Infinity\"",
                "\"-1\"",
                "\"1e999\"",
                "\"\"",
                "\"   \"",
                "\"\\u0000\"",
                "\"\\ud800\"",
                "\"\\udfff\\ud800\"",
                "\"\\u202e\\u0000\\u0007\"",
                "\"'; DROP TABLE assistance_request; --\"",
                "\"=HYPERLINK(\\\"http://x\\\")\"",
                "\"<script>alert(1)</script>\"",
                "\"../../etc/passwd\"",
                "\"%00\"",
                "\"\\n\\r\\t\"",
                "\"😀😀😀\"",
                "\"2027-13\"",
                "\"9999-99\"",
                "\"-2027-01\"",
                "\"DEU\\u0000\"");
        return Arbitraries.oneOf(anyUnicode, overlong, tricky);
    }

    static Arbitrary<String> wrongTypes() {
        return Arbitraries.of(
                "true",
                "false",
                "null",
                "[]",
                "{}",
                "[1,2,3]",
                "{\"a\":{\"b\":[1]}}",
                "[null]",
                "[[]]",
                "[{}]",
                "\"text\"",
                "1.5",
                "[\"GENDER\", 7, null]");
    }

    /** Arrays or objects nested 50 to 5,000 deep. */
    static Arbitrary<String> nesting() {
        return Arbitraries.integers()
                .between(50, 5000)
                .flatMap(depth -> Arbitraries.of(
                        "[".repeat(depth) + "]".repeat(depth),
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                        "[".repeat(depth)));
    }

    /** Lists of 1,000 to 250,000 codes (the longer ones pass the 1 MiB body limit). */
    static Arbitrary<String> hugeLists() {
        return Arbitraries.integers()
                .between(1_000, 250_000)
                .flatMap(n -> Arbitraries.of("\"FRA\"", "\"GENDER\"", "1", "null")
                        .map(item -> "[" + String.join(",", java.util.Collections.nCopies(n, item)) + "]"));
    }

    /** A body: {@code valid} with one field replaced, removed or added, or something else entirely. */
    static Arbitrary<String> body(Map<String, Object> valid) {
        List<String> fields = List.copyOf(valid.keySet());
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.of(fields), value())
                .as((field, fragment) -> withRaw(valid, field, fragment));
        Arbitrary<String> removed = Arbitraries.of(fields).map(field -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(valid);
            copy.remove(field);
            return write(copy);
        });
        Arbitrary<String> added = Combinators.combine(strings(), value()).as((name, fragment) -> {
            String key = name.length() > 2 ? name : quoted("extra");
            return write(valid)
                    .replaceFirst("^\\{", java.util.regex.Matcher.quoteReplacement("{" + key + ":" + fragment + ","));
        });
        Arbitrary<String> whole = Arbitraries.oneOf(
                value(),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("", "{", "{\"a\":", "{\"a\" 1}", "\u0000", "{\"title\":\"x\",\"title\":\"y\"}"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, replaced),
                net.jqwik.api.Tuple.of(2, removed),
                net.jqwik.api.Tuple.of(1, added),
                net.jqwik.api.Tuple.of(2, whole));
    }

    /** A path segment where an id belongs. */
    static Arbitrary<String> id() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "abc",
                        "-1",
                        "0",
                        "99999999999999999999",
                        "9223372036854775807",
                        "1e3",
                        "%00",
                        "%E2%80%AE",
                        "1%3BDROP",
                        "NaN",
                        "%20",
                        "1.5",
                        "0x10",
                        "%2e%2e"),
                Arbitraries.longs().map(String::valueOf));
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withRaw(Map<String, Object> valid, String field, String fragment) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(valid);
        copy.put(field, SLOT);
        return write(copy).replace(quoted(SLOT), fragment);
    }
}
