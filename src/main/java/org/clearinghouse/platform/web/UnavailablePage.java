package org.clearinghouse.platform.web;

import java.util.Locale;

/** The page shown while the database cannot be reached: self-contained, so that it needs nothing that is down. */
final class UnavailablePage {

    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "he", "fa", "ur");

    private UnavailablePage() {}

    static String html(Locale locale, String title, String text, String home) {
        String language = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        String direction = RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
        return "<!DOCTYPE html><html lang=\"" + escape(language) + "\" dir=\"" + direction + "\">"
                + "<head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + escape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em\">"
                + "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>"
                + "<p><a href=\"" + escape(home) + "\">Clearinghouse</a></p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
