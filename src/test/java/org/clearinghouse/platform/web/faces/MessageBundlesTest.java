package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translations against the English bundle: every key present, the same {n} arguments, French and Spanish texts
 * actually translated (not the English left in place), Arabic texts in Arabic script.
 */
class MessageBundlesTest {

    /** Texts that are rightly the same as in English: names, codes, numbers, words spelled alike. */
    private static final Set<String> SAME_IN = Set.of(
            "app.name", "priority.1", "priority.2", "priority.3", "priority.4", "priority.5",
            "action.exportCsv", "action.exportXlsx", "matching.seconds", "requestView.source.UNSCAR",
            "externalSource.UNSCAR", "externalSource.SALIENT");
    private static final Set<String> SAME_IN_FRENCH = Set.of("field.description", "field.contact", "table.actions",
            "admin.home.title", "type.EXPERTISE", "region.EUROPE", "inbox.date", "inbox.message", "external.note");
    private static final Set<String> SAME_IN_SPANISH = Set.of("action.no", "region.ASIA", "externalSource.BILATERAL");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
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

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void hasEveryEnglishKeyWithTheSameArgumentsAndNoOther(String language) throws IOException {
        Properties en = bundle("en");
        Properties other = bundle(language);

        assertThat(other.stringPropertyNames()).as("keys missing in " + language)
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys in " + language + " that English lacks")
                .containsAll(other.stringPropertyNames());
        List<String> wrongArguments = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String translated = other.getProperty(key);
            if (translated != null && !arguments(en.getProperty(key)).equals(arguments(translated))) {
                wrongArguments.add(key);
            }
        }
        assertThat(wrongArguments).as("keys whose {n} arguments differ from English in " + language).isEmpty();
        assertThat(other.stringPropertyNames().stream().filter(k -> other.getProperty(k).isBlank()).toList())
                .as("empty texts in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void frenchAndSpanishAreTranslated(String language) throws IOException {
        Properties en = bundle("en");
        Properties other = bundle(language);
        Set<String> allowed = new TreeSet<>(SAME_IN);
        allowed.addAll("fr".equals(language) ? SAME_IN_FRENCH : SAME_IN_SPANISH);

        List<String> english = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(other.getProperty(k)) && !allowed.contains(k)).sorted().toList();

        assertThat(english).as("texts left in English in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar"})
    void arabicIsWrittenInArabic(String language) throws IOException {
        Properties ar = bundle(language);

        List<String> notArabic = ar.stringPropertyNames().stream()
                .filter(k -> !SAME_IN.contains(k) && !ARABIC.matcher(ar.getProperty(k)).find()).sorted().toList();

        assertThat(notArabic).as("Arabic texts without Arabic script").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar"})
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
                Object[] values = new Object[12];
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
