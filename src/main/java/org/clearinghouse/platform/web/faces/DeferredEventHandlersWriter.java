package org.clearinghouse.platform.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The innermost writer of a page: makes the script of event handlers that PrimeFaces writes under its
 * Content-Security-Policy ({@code PrimeFaces.csp.register(...)}, one script just before {@code </body>}) wait for the
 * {@code DOMContentLoaded} event, as PrimeFaces already makes its own page scripts wait when its scripts are deferred
 * ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM=defer}). Without this the handlers' script runs while the page is parsed,
 * before the deferred {@code core.js} has defined {@code PrimeFaces}, and the handlers are missing. Deferred scripts
 * let the browser paint the page before it has downloaded and run PrimeFaces' scripts. Ajax answers are left as
 * PrimeFaces writes them (their scripts run once the scripts are there). Installed by {@link DeferredScriptsRenderKits}.
 */
public class DeferredEventHandlersWriter extends ResponseWriterWrapper {

    static final String HANDLERS_START = "PrimeFaces.csp.register(";
    static final String WAIT_START = "document.addEventListener(\"DOMContentLoaded\",function(){";
    static final String WAIT_END = "});";

    private final boolean fullPage;
    private boolean inScript;

    public DeferredEventHandlersWriter(ResponseWriter wrapped, boolean fullPage) {
        super(wrapped);
        this.fullPage = fullPage;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        inScript = "script".equalsIgnoreCase(name);
        super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
        inScript = false;
        super.endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        super.writeText(waiting(text), property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        super.writeText(waiting(text), component, property);
    }

    /** The handlers' script wrapped to wait for the deferred scripts; any other text unchanged. */
    Object waiting(Object text) {
        if (fullPage && inScript && text instanceof String script && script.startsWith(HANDLERS_START)) {
            return WAIT_START + script + WAIT_END;
        }
        return text;
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new DeferredEventHandlersWriter(getWrapped().cloneWithWriter(writer), fullPage);
    }
}
