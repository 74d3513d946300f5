package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.ApplicationWrapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.api.Test;

/** Faces takes its locales from SupportedLanguages, and faces-config.xml keeps no list of its own. */
class SupportedLocalesTest {

    @Test
    void facesGetsTheDefaultAndTheSupportedLocalesOfSupportedLanguages() {
        List<Locale> supported = new ArrayList<>();
        Locale[] defaultLocale = new Locale[1];
        ApplicationWrapper application = new ApplicationWrapper(null) {
            @Override
            public void setDefaultLocale(Locale locale) {
                defaultLocale[0] = locale;
            }

            @Override
            public void setSupportedLocales(Collection<Locale> locales) {
                supported.addAll(locales);
            }
        };

        SupportedLocales.apply(application);

        assertThat(defaultLocale[0]).isEqualTo(Locale.ENGLISH);
        assertThat(supported).containsExactlyElementsOf(SupportedLanguages.locales());
        assertThat(supported).extracting(Locale::toLanguageTag).containsExactly("en", "fr", "es", "ar", "ru", "zh");
    }

    @Test
    void facesConfigRegistersTheListenerAndListsNoLanguage() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));

        assertThat(config)
                .contains("<system-event-listener-class>" + SupportedLocales.class.getName())
                .contains("jakarta.faces.event.PostConstructApplicationEvent")
                .doesNotContain("<supported-locale>")
                .doesNotContain("<default-locale>");
    }
}
