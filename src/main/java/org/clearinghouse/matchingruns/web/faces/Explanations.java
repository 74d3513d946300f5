package org.clearinghouse.matchingruns.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.accounts.web.faces.LanguageSwitcher;
import org.clearinghouse.matching.explain.ExplanationTexts;
import org.clearinghouse.matchingruns.application.UnfundedView;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.ProposalView;

/**
 * The engine's explanations in the page's language: the stored key and arguments written with {@code explain.<key>}
 * of the bundle (same placeholders as {@link ExplanationTexts}); the stored English text when the row has no key
 * (runs before the keys were kept) or the bundle has no entry for it. The engine fills some arguments with English
 * fragments of its own (the region, how the offer was chosen, the exclusion note): these are recognised and written
 * in the page's language too.
 */
@Named("explain")
@RequestScoped
public class Explanations {

    private static final String PREFIX = "explain.";
    private static final Pattern REGION_LISTED = english(ExplanationTexts.REGION_LISTED);
    private static final Pattern CHOICE_SPLIT = english(ExplanationTexts.CHOICE_SPLIT);

    @Inject
    LanguageSwitcher languages;

    private ResourceBundle bundle;

    public String proposal(ProposalView p) {
        return text(p.explanationKey(), p.explanationArguments(), p.explanation());
    }

    public String unfunded(UnfundedView u) {
        return text(u.explanationKey(), u.explanationArguments(), u.explanation());
    }

    /** The text of {@code key} with {@code arguments} in the page's language, else {@code english}. */
    public String text(String key, List<String> arguments, String english) {
        String pattern = key == null ? null : pattern(key);
        if (pattern == null) {
            return english;
        }
        List<String> args = new ArrayList<>(arguments == null ? List.of() : arguments);
        for (int i = 0; i < args.size(); i++) {
            args.set(i, fragment(args.get(i)));
        }
        try {
            return new MessageFormat(pattern, locale()).format(args.toArray());
        } catch (IllegalArgumentException badPattern) {
            return english;
        }
    }

    /** An argument the engine wrote in English from one of its fragment keys, in the page's language. */
    private String fragment(String argument) {
        if (argument == null || argument.isEmpty()) {
            return argument;
        }
        for (String fixed : List.of(
                ExplanationTexts.REGION_ANY,
                ExplanationTexts.CHOICE_WHOLE,
                ExplanationTexts.PINNED,
                "excluded.suffix")) {
            if (argument.equals(ExplanationTexts.render(fixed, List.of()))) {
                return translated(fixed, List.of(), argument);
            }
        }
        Matcher region = REGION_LISTED.matcher(argument);
        if (region.matches()) {
            return translated(ExplanationTexts.REGION_LISTED, List.of(region.group(1)), argument);
        }
        Matcher split = CHOICE_SPLIT.matcher(argument);
        if (split.matches()) {
            return translated(ExplanationTexts.CHOICE_SPLIT, List.of(split.group(1), split.group(2)), argument);
        }
        return argument;
    }

    private String translated(String key, List<String> arguments, String english) {
        String pattern = pattern(key);
        return pattern == null ? english : new MessageFormat(pattern, locale()).format(arguments.toArray());
    }

    private String pattern(String key) {
        try {
            return bundle().getString(PREFIX + key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale());
        }
        return bundle;
    }

    private Locale locale() {
        return languages.getLocale();
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
