package org.clearinghouse.platform.web.faces;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The scripts of a full page that load PrimeFaces' script files only once the browser has painted the page's first
 * content, so that on a slow network the page's text does not share the connection with 300 KB of scripts, and what
 * a page shows first does not wait for them. Written by {@link PaintFirstScriptsWriter}.
 *
 * <p>The loader adds the files in their order ({@code async=false}: run in the order added, as deferred files are),
 * with the loader's own nonce, when the browser reports the first contentful paint ({@code PerformanceObserver},
 * "paint"), or on the {@code load} event where it cannot report it, and after 5 s in any case (a page loaded in a
 * background tab paints only when shown). The page's own scripts (PrimeFaces' widgets and its event handlers under
 * the Content-Security-Policy) are queued with {@code chAfterScripts} and run in order once the last file has run.
 */
final class ScriptsAfterPaint {

    /** What the page's own scripts are wrapped in: they run once the files have. */
    static final String AFTER_SCRIPTS_START = "chAfterScripts(function(){";

    static final String AFTER_SCRIPTS_END = "});";

    /** The longest a page waits for its first paint before it loads its scripts. */
    static final int LOAD_AT_THE_LATEST_MS = 5000;

    private ScriptsAfterPaint() {}

    /** The loader of these script files (addresses as the page would give them in {@code src}), in their order. */
    static String loader(List<String> files) {
        String urls = files.stream().map(ScriptsAfterPaint::jsString).collect(Collectors.joining(",", "[", "]"));
        return "(function(d,w){var u=" + urls + ",n=d.currentScript.nonce,q=[],s=0;"
                + "w.chAfterScripts=function(f){s>1?f():q.push(f)};"
                + "function run(){s=2;q.splice(0).forEach(function(f){"
                + "try{f()}catch(x){setTimeout(function(){throw x})}})}"
                + "function load(){if(s)return;s=1;if(!u.length)return run();"
                + "u.forEach(function(x,i){var e=d.createElement(\"script\");e.src=x;e.async=false;e.nonce=n;"
                + "if(i===u.length-1)e.onload=e.onerror=run;d.body.appendChild(e)})}"
                + "try{new PerformanceObserver(function(l){"
                + "if(l.getEntriesByName(\"first-contentful-paint\").length)load()})"
                + ".observe({type:\"paint\",buffered:true})}catch(x){w.addEventListener(\"load\",load)}"
                + "setTimeout(load," + LOAD_AT_THE_LATEST_MS + ")})(document,window);";
    }

    /** A page script that runs once the script files have. */
    static String afterScripts(String script) {
        return AFTER_SCRIPTS_START + script + AFTER_SCRIPTS_END;
    }

    /** A JavaScript string literal of the text, safe inside an HTML script element. */
    static String jsString(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '<' -> literal.append("\\u003c");
                case '>' -> literal.append("\\u003e");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\u2028' -> literal.append("\\u2028");
                case '\u2029' -> literal.append("\\u2029");
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
