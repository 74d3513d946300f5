package org.clearinghouse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every English key, with a value, and the patterns with arguments are valid MessageFormats. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void everyLanguageHasEveryKeyAndValidPatterns(String language) throws IOException {
        Properties english = load("en");
        Properties other = load(language);

        assertThat(other.stringPropertyNames()).containsAll(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertThat(value).as(language + " " + key).isNotBlank();
            if (english.getProperty(key).contains("{0")) {
                assertThatCode(() -> new MessageFormat(value, Locale.forLanguageTag(language)).format(new Object[] {1, "x"}))
                        .as(language + " " + key).doesNotThrowAnyException();
                assertThat(value).as(language + " " + key + " keeps its first argument").contains("{0");
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
