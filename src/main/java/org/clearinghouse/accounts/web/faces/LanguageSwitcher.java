package org.clearinghouse.accounts.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.accounts.application.AccountPreferences;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.ReaderLocale;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.clearinghouse.shared.i18n.SupportedLanguages.Language;

/**
 * The language of the pages, kept in the session and, for a signed-in person, in the account. Chosen with
 * {@code ?lang=fr} on any page (see {@link LanguageFilter}); until then, the browser's language if supported.
 */
@Named
@SessionScoped
public class LanguageSwitcher implements ReaderLocale, Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages of the pages, each with its own name written in itself: {@link SupportedLanguages#ALL}. */
    public static final List<Language> LANGUAGES = SupportedLanguages.ALL;

    @Inject
    AccountPreferences preferences;

    @Inject
    Instance<Caller> caller;

    private Locale locale;
    private boolean chosen;

    @Override
    public Locale getLocale() {
        return locale == null ? SupportedLanguages.DEFAULT.locale() : locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic, else {@code ltr}: the {@code dir} of the page. */
    public String getDirection() {
        return SupportedLanguages.of(getLocale()).direction();
    }

    public boolean isRightToLeft() {
        return "rtl".equals(getDirection());
    }

    public List<Language> getLanguages() {
        return LANGUAGES;
    }

    /** The first request of a session: the browser's preferred supported language. */
    void initialiseFrom(HttpServletRequest request) {
        if (locale != null) {
            return;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = supported(wanted.getLanguage());
            if (supported != null) {
                locale = supported;
                return;
            }
        }
        locale = SupportedLanguages.DEFAULT.locale();
    }

    /** The person picks a language: kept for the session and, when signed in, in the account. */
    void choose(String code) {
        Locale supported = supported(code);
        if (supported == null) {
            return;
        }
        locale = supported;
        chosen = true;
        preferences.setPreferredLocale(caller.get(), supported);
    }

    /** After sign-in: a language picked in this session is stored in the account, else the account's is used. */
    public void signedIn(String username) {
        if (chosen) {
            preferences.profile(username).ifPresent(p -> {
                if (!locale.equals(p.preferredLocale())) {
                    preferences.setPreferredLocale(new Caller(username, null, null, null), locale);
                }
            });
        } else {
            preferences
                    .preferredLocale(username)
                    .map(l -> supported(l.getLanguage()))
                    .ifPresent(l -> locale = l);
        }
    }

    /** This page's address with {@code lang} set to the code (other query parameters kept). */
    public String linkFor(String code) {
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        StringBuilder query = new StringBuilder();
        String original = forwarded != null
                ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        if (original != null) {
            for (String pair : original.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append("lang=").append(URLEncoder.encode(code, StandardCharsets.UTF_8));
        return path + "?" + query;
    }

    static Locale supported(String code) {
        return SupportedLanguages.find(code).map(Language::locale).orElse(null);
    }
}
