package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The translations against the English bundle, for every language of {@link SupportedLanguages}: every key present,
 * the same {n} arguments, texts actually translated (not the English left in place), Arabic, Russian and Chinese
 * texts in their own script.
 */
class MessageBundlesTest {

    /** Texts that are rightly the same as in English: names, codes, numbers, words spelled alike. */
    private static final Set<String> SAME_IN = Set.of(
            "app.name",
            "priority.1",
            "priority.2",
            "priority.3",
            "priority.4",
            "priority.5",
            "action.exportCsv",
            "action.exportXlsx",
            "matching.seconds",
            "requestView.source.UNSCAR",
            "externalSource.UNSCAR",
            "externalSource.SALIENT");

    private static final Set<String> SAME_IN_FRENCH = Set.of(
            "field.description",
            "field.contact",
            "table.actions",
            "admin.home.title",
            "type.EXPERTISE",
            "region.EUROPE",
            "inbox.date",
            "inbox.message",
            "external.note");
    private static final Set<String> SAME_IN_SPANISH = Set.of("action.no", "region.ASIA", "externalSource.BILATERAL");
    /** Per language, the texts beyond {@link #SAME_IN} that are rightly the English ones; every translation is here. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH =
            Map.of("fr", SAME_IN_FRENCH, "es", SAME_IN_SPANISH, "ar", Set.of(), "ru", Set.of(), "zh", Set.of());

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    /** Languages not written in Latin letters: every text but {@link #SAME_IN} has at least one letter of the script. */
    private static final Map<String, Pattern> SCRIPTS =
            Map.of("ar", ARABIC, "ru", Pattern.compile("\\p{IsCyrillic}"), "zh", Pattern.compile("\\p{IsHan}"));

    /** Every supported language but English: the translations. */
    static Stream<String> translations() {
        return SupportedLanguages.codes().stream().filter(c -> !c.equals(SupportedLanguages.DEFAULT.code()));
    }

    static Stream<String> languages() {
        return SupportedLanguages.codes().stream();
    }

    static Stream<String> nonLatinScripts() {
        return translations().filter(SCRIPTS::containsKey);
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The placeholders as written, formats included ({@code {0}}, {@code {0,number,#}}). */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        return found;
    }

    @Test
    void everySupportedLanguageIsCheckedHere() {
        assertThat(SupportedLanguages.DEFAULT.code()).isEqualTo("en");
        assertThat(SAME_AS_ENGLISH.keySet())
                .as("languages of SupportedLanguages (say which texts may stay English)")
                .containsExactlyInAnyOrderElementsOf(translations().toList());
        assertThat(SupportedLanguages.ALL.stream()
                        .filter(SupportedLanguages.Language::rightToLeft)
                        .map(SupportedLanguages.Language::code))
                .as("right-to-left languages")
                .containsExactly("ar");
    }

    @Test
    void theBundlesAreThoseOfTheSupportedLanguages() throws Exception {
        Path folder = Path.of(MessageBundlesTest.class
                        .getResource("/i18n/messages.properties")
                        .toURI())
                .getParent();
        Set<String> bundles = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("messages_.+\\.properties"))
                    .forEach(n -> bundles.add(n.substring("messages_".length(), n.length() - ".properties".length())));
        }
        assertThat(bundles).containsExactlyInAnyOrderElementsOf(SupportedLanguages.codes());
    }

    /** Pages write the texts escaped: markup in a translation would show as such, so there is none. */
    @ParameterizedTest
    @MethodSource("languages")
    void textsHaveNoMarkup(String language) throws IOException {
        Properties texts = bundle(language);

        assertThat(texts.stringPropertyNames().stream()
                        .filter(k -> texts.getProperty(k).matches("(?s).*[<>&].*"))
                        .sorted()
                        .toList())
                .as("texts of " + language + " with <, > or &")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void hasEveryEnglishKeyWithTheSameArgumentsAndNoOther(String language) throws IOException {
        Properties en = bundle("en");
        Properties other = bundle(language);

        assertThat(other.stringPropertyNames())
                .as("keys missing in " + language)
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames())
                .as("keys in " + language + " that English lacks")
                .containsAll(other.stringPropertyNames());
        List<String> wrongArguments = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String translated = other.getProperty(key);
            if (translated != null && !placeholders(en.getProperty(key)).equals(placeholders(translated))) {
                wrongArguments.add(key);
            }
        }
        assertThat(wrongArguments)
                .as("keys whose {n} arguments (or their formats) differ from English in " + language)
                .isEmpty();
        assertThat(other.stringPropertyNames().stream()
                        .filter(k -> other.getProperty(k).isBlank())
                        .toList())
                .as("empty texts in " + language)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void noTextIsLeftInEnglish(String language) throws IOException {
        Properties en = bundle("en");
        Properties other = bundle(language);
        Set<String> allowed = new TreeSet<>(SAME_IN);
        allowed.addAll(SAME_AS_ENGLISH.get(language));

        List<String> english = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(other.getProperty(k)) && !allowed.contains(k))
                .sorted()
                .toList();

        assertThat(english).as("texts left in English in " + language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("nonLatinScripts")
    void arabicRussianAndChineseAreWrittenInTheirScript(String language) throws IOException {
        Properties texts = bundle(language);
        Pattern script = SCRIPTS.get(language);

        List<String> notInScript = texts.stringPropertyNames().stream()
                .filter(k -> !SAME_IN.contains(k)
                        && !script.matcher(texts.getProperty(k)).find())
                .sorted()
                .toList();

        assertThat(notInScript)
                .as(language + " texts without a letter of its script")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyPatternWithArgumentsShowsEveryArgument(String language) throws IOException {
        Properties p = bundle(language);
        List<String> broken = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            Set<String> wanted = arguments(text);
            if (wanted.isEmpty()) {
                continue;
            }
            try {
                Object[] values = new Object[16];
                for (int i = 0; i < values.length; i++) {
                    values[i] = "ARG" + i + "#";
                }
                String shown = new java.text.MessageFormat(text.replaceAll("\\{(\\d+),[^}]*}", "{$1}")).format(values);
                if (wanted.stream().anyMatch(n -> !shown.contains("ARG" + n + "#"))) {
                    broken.add(key); // a lone apostrophe quotes the argument away: write '' in patterns
                }
            } catch (IllegalArgumentException e) {
                broken.add(key);
            }
        }
        assertThat(broken).as("invalid MessageFormat patterns in " + language).isEmpty();
    }
}
