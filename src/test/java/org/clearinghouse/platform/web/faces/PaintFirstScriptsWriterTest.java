package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class PaintFirstScriptsWriterTest {

    private static final String WIDGETS =
            "document.addEventListener(\"DOMContentLoaded\", function() {var pf=window.PrimeFaces;pf.cw(\"X\");});";
    private static final String HANDLERS = "PrimeFaces.csp.register('f:b','onclick',function(event){go()});";

    @Test
    void theDeferredFilesAreLoadedByOneLoaderAfterThePaintAndThePageScriptsWaitForThem() throws IOException {
        String page = endOfPage(true, true);

        assertThat(page).doesNotContain("<script src=").doesNotContain("defer");
        String loader = "<script nonce=\"N\">"
                + ScriptsAfterPaint.loader(
                        java.util.List.of("/r/jquery.js?ln=primefaces&v=1", "/r/core.js?ln=primefaces&v=1"))
                + "</script>";
        assertThat(page)
                .startsWith("<p>text</p>" + loader)
                .contains("<script nonce=\"N\" data-ch-init=\"\">chAfterScripts(function(){"
                        + "var pf=window.PrimeFaces;pf.cw(\"X\");});</script>")
                .endsWith("<script nonce=\"N\">chAfterScripts(function(){" + HANDLERS + "});</script></body>");
        assertThat(loader)
                .as("the files in their order, after the first contentful paint")
                .contains("[\"/r/jquery.js?ln=primefaces&v=1\",\"/r/core.js?ln=primefaces&v=1\"]")
                .contains("e.async=false")
                .contains("first-contentful-paint");
    }

    @Test
    void aPageWithoutDeferredFilesIsWrittenAsItIs() throws IOException {
        assertThat(endOfPage(true, false))
                .isEqualTo("<p>text</p><script src=\"/r/jquery.js?ln=primefaces&v=1\" nonce=\"N\"></script>"
                        + "<script src=\"/r/core.js?ln=primefaces&v=1\" nonce=\"N\"></script>"
                        + "<script nonce=\"N\">" + WIDGETS + "</script>"
                        + "<script nonce=\"N\">" + HANDLERS + "</script></body>");
    }

    @Test
    void anAjaxAnswerIsWrittenAsItIs() throws IOException {
        String answer = endOfPage(false, true);

        assertThat(answer)
                .contains("<script src=\"/r/jquery.js?ln=primefaces&v=1\" defer=\"defer\" nonce=\"N\"></script>")
                .contains("<script nonce=\"N\">" + WIDGETS + "</script>")
                .doesNotContain("chAfterScripts");
    }

    @Test
    void anAddressIsAJavaScriptStringThatCannotEndTheScriptElement() {
        assertThat(ScriptsAfterPaint.jsString("/a?x=\"</script>\\\n"))
                .isEqualTo("\"/a?x=\\\"\\u003c/script\\u003e\\\\\\n\"");
    }

    /** The end of a page's body as PrimeFaces writes it through the writer: two script files, then its two scripts. */
    private static String endOfPage(boolean fullPage, boolean deferred) throws IOException {
        StringWriter out = new StringWriter();
        ResponseWriter writer = new PaintFirstScriptsWriter(new Html(out), fullPage);
        writer.startElement("p", null);
        writer.writeText("text", null);
        writer.endElement("p");
        for (String file : new String[] {"/r/jquery.js?ln=primefaces&v=1", "/r/core.js?ln=primefaces&v=1"}) {
            writer.startElement("script", null);
            writer.writeAttribute("src", file, null);
            if (deferred) {
                writer.writeAttribute("defer", "defer", null);
            }
            writer.writeAttribute("nonce", "N", null);
            writer.endElement("script");
        }
        for (String script : new String[] {WIDGETS, HANDLERS}) {
            writer.startElement("script", null);
            writer.writeAttribute("nonce", "N", null);
            writer.write(script);
            writer.endElement("script");
        }
        writer.endElement("body");
        return out.toString();
    }

    /** The least of an HTML writer: elements, attributes and text as given, nothing escaped. */
    private static final class Html extends ResponseWriter {
        private final Writer out;
        private boolean startTagOpen;

        Html(Writer out) {
            this.out = out;
        }

        private void closeStartTag() throws IOException {
            if (startTagOpen) {
                out.write('>');
                startTagOpen = false;
            }
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            closeStartTag();
            out.write("<" + name);
            startTagOpen = true;
        }

        @Override
        public void endElement(String name) throws IOException {
            closeStartTag();
            out.write("</" + name + ">");
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            out.write(" " + name + "=\"" + value + "\"");
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) throws IOException {
            writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            write(String.valueOf(text));
        }

        @Override
        public void writeText(char[] text, int off, int len) throws IOException {
            write(text, off, len);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            closeStartTag();
            out.write(cbuf, off, len);
        }

        @Override
        public void writeComment(Object comment) throws IOException {
            write("<!--" + comment + "-->");
        }

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void startDocument() {}

        @Override
        public void endDocument() {}

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new Html(writer);
        }
    }
}
