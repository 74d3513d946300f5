package org.clearinghouse.alumni.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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
}
