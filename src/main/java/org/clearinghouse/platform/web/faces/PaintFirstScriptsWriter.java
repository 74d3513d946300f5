package org.clearinghouse.platform.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The innermost writer of a full page, so that the browser paints the page before it runs PrimeFaces' scripts.
 * PrimeFaces' script files are deferred ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM=defer}) and its page script (the
 * widgets) waits for {@code DOMContentLoaded}. This writer changes the two inline scripts PrimeFaces writes at the end
 * of the body:
 *
 * <ul>
 *   <li>the widgets are made after the browser has painted once (the next animation frame, then a task), not in the
 *       task that ends the page's parsing, so the first paint waits for no widget; until they are made the script
 *       element carries {@code data-ch-init} (PrimeFaces removes it when done), which browser tests wait for;
 *   <li>the event handlers PrimeFaces registers under the Content-Security-Policy ({@code PrimeFaces.csp.register})
 *       wait for {@code DOMContentLoaded} too: otherwise they run while the page is parsed, before the deferred
 *       {@code core.js} has defined {@code PrimeFaces}, and the handlers are missing.
 * </ul>
 *
 * Ajax answers are left as PrimeFaces writes them. Installed by {@link DeferredScriptsRenderKits}.
 */
public class PaintFirstScriptsWriter extends ResponseWriterWrapper {

    static final String INIT_MARK = "data-ch-init";
    static final String HANDLERS_START = "PrimeFaces.csp.register(";
    /** How PrimeFaces 15 starts its page script when its scripts are deferred. */
    static final String WIDGETS_START = "document.addEventListener(\"DOMContentLoaded\", function() {";

    static final String WIDGETS_END = "});";
    static final String AFTER_PAINT_START = "requestAnimationFrame(function(){setTimeout(function(){";
    static final String AFTER_PAINT_END = "},0)});";
    static final String WAIT_START = "document.addEventListener(\"DOMContentLoaded\",function(){";
    static final String WAIT_END = "});";

    private final boolean fullPage;
    private StringBuilder script;

    public PaintFirstScriptsWriter(ResponseWriter wrapped, boolean fullPage) {
        super(wrapped);
        this.fullPage = fullPage;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        flushScript();
        super.startElement(name, component);
        if (fullPage && "script".equalsIgnoreCase(name)) {
            script = new StringBuilder();
        }
    }

    @Override
    public void endElement(String name) throws IOException {
        flushScript();
        super.endElement(name);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (script != null) {
            script.append(cbuf, off, len);
        } else {
            super.write(cbuf, off, len);
        }
    }

    @Override
    public void write(String str) throws IOException {
        if (script != null) {
            script.append(str);
        } else {
            super.write(str);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (script != null) {
            script.append((char) c);
        } else {
            super.write(c);
        }
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        if (script != null && text != null) {
            script.append(text);
        } else {
            super.writeText(text, property);
        }
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        if (script != null && text != null) {
            script.append(text);
        } else {
            super.writeText(text, component, property);
        }
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        if (script != null) {
            script.append(text, off, len);
        } else {
            super.writeText(text, off, len);
        }
    }

    /** Writes the script collected so far, changed where it is one of PrimeFaces' two; the start tag is still open. */
    private void flushScript() throws IOException {
        if (script == null) {
            return;
        }
        String text = script.toString();
        script = null;
        String changed = paintFirst(text);
        if (changed != text && changed.startsWith(WIDGETS_START)) {
            super.writeAttribute(INIT_MARK, "", null);
        }
        if (!changed.isEmpty()) {
            super.write(changed);
        }
    }

    /** The script as it should run; the same instance when it is neither of PrimeFaces' two page scripts. */
    static String paintFirst(String script) {
        if (script.startsWith(HANDLERS_START)) {
            return WAIT_START + script + WAIT_END;
        }
        if (script.startsWith(WIDGETS_START) && script.endsWith(WIDGETS_END)) {
            String widgets = script.substring(WIDGETS_START.length(), script.length() - WIDGETS_END.length());
            return WIDGETS_START + AFTER_PAINT_START + widgets + AFTER_PAINT_END + WIDGETS_END;
        }
        return script;
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new PaintFirstScriptsWriter(getWrapped().cloneWithWriter(writer), fullPage);
    }
}
