package org.clearinghouse.alumni.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }

    private static CertificatePdf writer() {
        CertificatePdf writer = new CertificatePdf();
        writer.extraFont = Optional.empty();
        return writer;
    }

    @Test
    void aCertificateNamesTheAlumnusTheCourseAndItsDatesWithAnEmbeddedFont() throws IOException {
        byte[] pdf = writer().write(new Certificate(
                4711,
                "Aïcha Nadège Ðorđević",
                "Niger",
                "Stockpile management course",
                "Senegal",
                "Dakar",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 12)));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = textOf(pdf);
        assertThat(text)
                .contains("Certificate of completion", "Aïcha Nadège Ðorđević", "of Niger")
                .contains("Stockpile management course", "Dakar, Senegal", "2027-03-01", "2027-03-12")
                .contains("Certificate no. 4711");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void cyrillicNamesArePrintedAndCharactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String text = textOf(writer().write(new Certificate(
                1,
                "Анна Петрова 王芳",
                "Kazakhstan",
                "Course",
                "Kazakhstan",
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2))));
        assertThat(text).contains("Анна Петрова ??").contains("held in Kazakhstan from");
    }

    @Test
    void theWordsAreThoseOfTheLanguageAsked() throws IOException {
        String text = textOf(writer().write(
                        new Certificate(
                                7,
                                "Aïcha Diallo",
                                "Niger",
                                "Course",
                                "Senegal",
                                "Dakar",
                                LocalDate.of(2027, 3, 1),
                                LocalDate.of(2027, 3, 2)),
                        Locale.FRENCH));
        assertThat(text).contains("Certificat de fin de formation", "de Niger").doesNotContain("Certificate of");
    }

    @Test
    void arabicIsShapedAndDrawnRightToLeftWhenAFontCoversIt() throws IOException {
        Optional<String> arabicFont = fontCovering("ar");
        Assumptions.assumeTrue(arabicFont.isPresent(), "no TrueType font covering Arabic found through fontconfig");
        CertificatePdf writer = new CertificatePdf();
        writer.extraFont = arabicFont;
        byte[] pdf = writer.write(
                new Certificate(
                        9,
                        "محمد",
                        "Egypt",
                        "Course",
                        "Egypt",
                        null,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 2)),
                Locale.forLanguageTag("ar"));
        String drawn = drawnInOrder(pdf);
        // meem-hah-meem-dal: final dal, medial meem, medial hah, initial meem, left to right on the page
        assertThat(drawn).contains("\uFEAA\uFEE4\uFEA4\uFEE3").doesNotContain("\u0645\u062D");
        assertThat(drawn).doesNotContain("Certificate");
    }

    /** The characters of the glyphs in the order the page's content draws them (no reordering by the reader). */
    private static String drawnInOrder(byte[] pdf) throws IOException {
        StringBuilder drawn = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            }.getText(doc);
        }
        return drawn.toString();
    }

    /** A TrueType font file fontconfig lists for {@code language}, if fontconfig is there and has one. */
    private static Optional<String> fontCovering(String language) {
        try {
            Process fcList = new ProcessBuilder("fc-list", ":lang=" + language, "file")
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = fcList.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            fcList.waitFor(30, TimeUnit.SECONDS);
            return Arrays.stream(out.split("\\R"))
                    .map(line -> line.replaceFirst(":\\s*$", "").trim())
                    .filter(file -> file.endsWith(".ttf"))
                    .sorted()
                    .findFirst();
        } catch (IOException noFontconfig) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
