package org.clearinghouse.platform.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The innermost writer of a full page, so that the browser paints the page before it downloads and runs PrimeFaces'
 * scripts. PrimeFaces writes its script files at the end of the body, deferred
 * ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM=defer}), followed by two inline scripts: its widgets (waiting for
 * {@code DOMContentLoaded}) and the event handlers it registers under the Content-Security-Policy
 * ({@code PrimeFaces.csp.register}). This writer changes that end of the page:
 *
 * <ul>
 *   <li>the deferred script files are not written as elements: one inline loader ({@link ScriptsAfterPaint}, with the
 *       page's nonce) adds them, in their order, once the browser has painted the page's first content;
 *   <li>the inline scripts after them run once the files have run, in their order ({@code chAfterScripts}); until the
 *       widgets are made their script element carries {@code data-ch-init} (PrimeFaces removes it when done), which
 *       browser tests wait for.
 * </ul>
 *
 * Ajax answers are left as PrimeFaces writes them. Installed by {@link DeferredScriptsRenderKits}.
 */
public class PaintFirstScriptsWriter extends ResponseWriterWrapper {

    static final String INIT_MARK = "data-ch-init";
    /** How PrimeFaces 15 starts its page script when its scripts are deferred. */
    static final String WIDGETS_START = "document.addEventListener(\"DOMContentLoaded\", function() {";

    static final String WIDGETS_END = "});";

    private final boolean fullPage;
    private final List<String> deferredFiles = new ArrayList<>();
    private String nonce;
    private boolean loaderWritten;
    /** The script element being written, held until its end: null outside a script. */
    private HeldScript held;

    public PaintFirstScriptsWriter(ResponseWriter wrapped, boolean fullPage) {
        super(wrapped);
        this.fullPage = fullPage;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        if (fullPage && "script".equalsIgnoreCase(name)) {
            held = new HeldScript(name, component);
            return;
        }
        writeLoaderIfDue();
        super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
        if (held != null && "script".equalsIgnoreCase(name)) {
            HeldScript script = held;
            held = null;
            endScript(script);
            return;
        }
        writeLoaderIfDue();
        super.endElement(name);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (held != null) {
            held.attributes.add(new Attribute(name, value, property, false));
        } else {
            super.writeAttribute(name, value, property);
        }
    }

    @Override
    public void writeURIAttribute(String name, Object value, String property) throws IOException {
        if (held != null) {
            held.attributes.add(new Attribute(name, value, property, true));
        } else {
            super.writeURIAttribute(name, value, property);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (held != null) {
            held.text.append(cbuf, off, len);
        } else {
            super.write(cbuf, off, len);
        }
    }

    @Override
    public void write(String str) throws IOException {
        if (held != null) {
            held.text.append(str);
        } else {
            super.write(str);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (held != null) {
            held.text.append((char) c);
        } else {
            super.write(c);
        }
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        if (held != null && text != null) {
            held.text.append(text);
        } else {
            super.writeText(text, property);
        }
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        if (held != null && text != null) {
            held.text.append(text);
        } else {
            super.writeText(text, component, property);
        }
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        if (held != null) {
            held.text.append(text, off, len);
        } else {
            super.writeText(text, off, len);
        }
    }

    /** A deferred script file is kept for the loader; any other script is written, after the loader if it is due. */
    private void endScript(HeldScript script) throws IOException {
        Object src = script.attribute("src");
        if (src != null && script.attribute("defer") != null && script.text.isEmpty()) {
            deferredFiles.add(src.toString());
            Object scriptNonce = script.attribute("nonce");
            if (scriptNonce != null) {
                nonce = scriptNonce.toString();
            }
            return;
        }
        writeLoaderIfDue();
        String text = script.text.toString();
        boolean widgets = text.startsWith(WIDGETS_START) && text.endsWith(WIDGETS_END);
        if (loaderWritten && (widgets || text.startsWith("PrimeFaces.csp.register("))) {
            text = ScriptsAfterPaint.afterScripts(widgets ? widgetsOf(text) : text);
        }
        super.startElement(script.name, script.component);
        for (Attribute attribute : script.attributes) {
            attribute.writeTo(getWrapped());
        }
        if (loaderWritten && widgets) {
            super.writeAttribute(INIT_MARK, "", null);
        }
        if (!text.isEmpty()) {
            super.write(text);
        }
        super.endElement(script.name);
    }

    /** The loader, once, before whatever the page writes after its deferred script files. */
    private void writeLoaderIfDue() throws IOException {
        if (deferredFiles.isEmpty() || loaderWritten) {
            return;
        }
        loaderWritten = true;
        super.startElement("script", null);
        if (nonce != null) {
            super.writeAttribute("nonce", nonce, null);
        }
        super.write(ScriptsAfterPaint.loader(deferredFiles));
        super.endElement("script");
    }

    /** What PrimeFaces' page script does once the page is loaded. */
    static String widgetsOf(String script) {
        return script.substring(WIDGETS_START.length(), script.length() - WIDGETS_END.length());
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new PaintFirstScriptsWriter(getWrapped().cloneWithWriter(writer), fullPage);
    }

    /** A script element as the page's writers gave it. */
    private static final class HeldScript {
        final String name;
        final UIComponent component;
        final List<Attribute> attributes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        HeldScript(String name, UIComponent component) {
            this.name = name;
            this.component = component;
        }

        Object attribute(String attributeName) {
            return attributes.stream()
                    .filter(attribute -> attribute.name.equalsIgnoreCase(attributeName))
                    .map(attribute -> attribute.value)
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Attribute(String name, Object value, String property, boolean uri) {
        void writeTo(ResponseWriter writer) throws IOException {
            if (uri) {
                writer.writeURIAttribute(name, value, property);
            } else {
                writer.writeAttribute(name, value, property);
            }
        }
    }
}
