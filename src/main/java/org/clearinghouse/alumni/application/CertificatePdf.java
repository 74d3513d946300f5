package org.clearinghouse.alumni.application;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a certificate of completion as a one-page PDF (Apache PDFBox) with an embedded font: Liberation Sans, which
 * PDFBox carries and which covers the Latin, Greek and Cyrillic scripts. {@code CERTIFICATE_FONT_FILE} names a
 * TrueType font for other scripts (a Noto CJK font for Chinese names, say); a character neither font has is written
 * as "?". Liberation Sans has neither Arabic nor Chinese letters: certificates in Arabic or with Arabic names need a
 * font covering Arabic (DejaVu Sans, Noto Sans Arabic), those in Chinese a CJK font. PDFBox neither shapes Arabic
 * letters nor orders right-to-left text, so each line is shaped (presentation forms) and put in visual order with
 * ICU4J before it is drawn. The words are those of the portal's bundle in the language asked.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final String BUILT_IN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 60;

    @Inject
    @ConfigProperty(name = "CERTIFICATE_FONT_FILE")
    Optional<String> extraFont;

    /** The certificate as PDF bytes, in English. */
    public byte[] write(Certificate c) {
        return write(c, Locale.ENGLISH);
    }

    /** The certificate as PDF bytes, its words in {@code language} (one of the portal's six). */
    public byte[] write(Certificate c, Locale language) {
        ResourceBundle words = ResourceBundle.getBundle(
                "i18n.messages",
                language,
                CertificatePdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = load(doc);
            PDType0Font fallback = extraFont
                    .filter(f -> !f.isBlank())
                    .map(f -> load(doc, Path.of(f)))
                    .orElse(null);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(words.getString("alumni.certificate.title") + " " + c.nominationId());
            info.setCreator("Clearinghouse");
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setLineWidth(2);
                out.addRect(
                        MARGIN / 2,
                        MARGIN / 2,
                        width - MARGIN,
                        page.getMediaBox().getHeight() - MARGIN);
                out.stroke();
                Line line = new Line(out, width, font, fallback);
                line.centred(words.getString("alumni.certificate.programme"), 14, top - 30);
                line.centred(words.getString("alumni.certificate.title"), 30, top - 90);
                line.centred(words.getString("alumni.certificate.certifies"), 14, top - 150);
                line.centred(c.fullName(), 26, top - 195);
                line.centred(format(words, "alumni.certificate.of", c.stateName()), 14, top - 230);
                line.centred(words.getString("alumni.certificate.completed"), 14, top - 275);
                line.centred(c.courseTitle(), 18, top - 310);
                String place = c.venue() == null ? c.hostStateName() : c.venue() + ", " + c.hostStateName();
                line.centred(format(words, "alumni.certificate.held", place, c.start(), c.end()), 14, top - 345);
                line.centred(
                        format(words, "alumni.certificate.number", String.valueOf(c.nominationId())), 10, MARGIN + 10);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String format(ResourceBundle words, String key, Object... args) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }

    private static PDType0Font load(PDDocument doc) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(BUILT_IN_FONT)) {
            if (in == null) {
                throw new IOException("PDFBox's built-in font " + BUILT_IN_FONT + " is missing");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static PDType0Font load(PDDocument doc, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PDType0Font.load(doc, in, true);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(
                    "CERTIFICATE_FONT_FILE " + file + " cannot be read as a TrueType font", unreadable);
        }
    }

    /** A piece of a line written in one font. */
    private record Run(PDType0Font font, String text) {}

    /** Writes centred lines, each character in the first font that has it, or "?". */
    private record Line(PDPageContentStream out, float pageWidth, PDType0Font font, PDType0Font fallback) {

        void centred(String text, float size, float y) throws IOException {
            List<Run> runs = runs(visual(text));
            float total = 0;
            for (Run r : runs) {
                total += r.font().getStringWidth(r.text()) / 1000 * size;
            }
            out.beginText();
            out.newLineAtOffset(Math.max(MARGIN, (pageWidth - total) / 2), y);
            for (Run r : runs) {
                out.setFont(r.font(), size);
                out.showText(r.text());
            }
            out.endText();
        }

        /** Text with right-to-left parts shaped (Arabic joining forms) and in the order they are drawn. */
        static String visual(String text) {
            if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
                return text;
            }
            try {
                String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                                | ArabicShaping.TEXT_DIRECTION_LOGICAL
                                | ArabicShaping.LENGTH_GROW_SHRINK)
                        .shape(text);
                Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
                return bidi.writeReordered(Bidi.DO_MIRRORING);
            } catch (ArabicShapingException cannot) {
                return text;
            }
        }

        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            PDType0Font runFont = font;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = new String(Character.toChars(cp));
                PDType0Font chosen = font;
                if (!has(font, ch)) {
                    if (has(fallback, ch)) {
                        chosen = fallback;
                    } else {
                        ch = "?";
                    }
                }
                if (chosen != runFont && run.length() > 0) {
                    runs.add(new Run(runFont, run.toString()));
                    run.setLength(0);
                }
                runFont = chosen;
                run.append(ch);
            }
            if (run.length() > 0) {
                runs.add(new Run(runFont, run.toString()));
            }
            return runs;
        }

        private static boolean has(PDType0Font f, String ch) {
            if (f == null) {
                return false;
            }
            try {
                f.encode(ch);
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        }
    }
}
