package org.clearinghouse.matchingruns.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.clearinghouse.accounts.web.faces.LanguageSwitcher;
import org.clearinghouse.matchingruns.application.ExplanationNames;
import org.clearinghouse.matchingruns.application.UnfundedView;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.shared.i18n.ReaderWords;

/**
 * The engine's explanations in the page's language and in words ({@link ExplanationWords}): areas, types, regions,
 * money, priorities and titles rather than codes; the stored English text only for rows of runs before the keys were
 * kept.
 */
@Named("explain")
@RequestScoped
public class Explanations {

    @Inject
    LanguageSwitcher languages;

    @Inject
    ExplanationNames names;

    private ExplanationWords writer;
    private final Map<String, String> titles = new HashMap<>();

    public String proposal(ProposalView p) {
        return text(p.explanationKey(), p.explanationArguments(), p.explanation());
    }

    public String unfunded(UnfundedView u) {
        return text(u.explanationKey(), u.explanationArguments(), u.explanation());
    }

    /** The text of {@code key} with {@code arguments} in words in the page's language, else {@code english}. */
    public String text(String key, List<String> arguments, String english) {
        String written;
        try {
            written = writer().write(key, arguments);
        } catch (IllegalArgumentException badPattern) {
            written = null;
        }
        return written == null ? english : written;
    }

    private ExplanationWords writer() {
        if (writer == null) {
            var locale = languages.getLocale();
            writer = new ExplanationWords(
                    new ReaderWords(locale, ResourceBundle.getBundle(Texts.BUNDLE, locale)),
                    new ExplanationWords.Names() {
                        @Override
                        public String request(String id) {
                            return titles.computeIfAbsent(id, names::requestTitle);
                        }

                        @Override
                        public String offer(String id) {
                            return titles.computeIfAbsent(id, names::offerLabel);
                        }
                    });
        }
        return writer;
    }
}
