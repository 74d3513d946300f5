package org.clearinghouse.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Spreadsheets;
import org.junit.jupiter.api.Test;

/** Spreadsheet import of requests over HTTP: the template, all-or-nothing XLSX and CSV uploads, the object rules. */
class RequestImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PATH = "/api/v1/imports/requests";
    private static final List<String> HEADER = Spreadsheets.REQUEST_COLUMNS;

    private static final ApiClient MALI = ApiClient.as("recipient.MLI");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    private static List<Object> row(String title, String state) {
        List<Object> row = new ArrayList<>(List.of(
                title,
                "Imported from a spreadsheet: " + title,
                "",
                "STOCKPILE_MANAGEMENT",
                "EQUIPMENT",
                85000,
                false,
                3,
                "2027-04",
                "2027-11",
                "NAP MLI 3.1",
                "",
                true));
        row.set(2, state);
        return row;
    }

    @Test
    void theTemplateHasTheColumnsAndDropDownLists() throws IOException {
        HttpResponse<byte[]> template = MALI.getBytes(PATH + "/template.xlsx", XLSX);

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet sheet = workbook.getSheet("requests");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(HEADER);
            assertThat(sheet.getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("AreaCodes", "TypeCodes", "StateCodes", "YesNo", "GenderMarkers");
            assertThat(workbook.getName("StateCodes").getRefersToFormula()).isEqualTo("codes!$D$2:$D$196");
        }
        assertThat(ApiClient.anonymous().getBytes(PATH + "/template.xlsx", XLSX).statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.as("donor.DEU")
                        .getBytes(PATH + "/template.xlsx", XLSX)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRecipientImportsRowsOfItsOwnStateAsSubmittedRequests() {
        byte[] xlsx = Spreadsheets.xlsx(
                List.of(HEADER, row("Armoury racks for Gao", ""), row("Armoury racks for Mopti", "MLI")));

        ApiResponse response = MALI.postBytes(PATH, XLSX, xlsx);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("imported").asInt()).isEqualTo(2);
        for (JsonNode id : response.json().path("ids")) {
            JsonNode request = MALI.get("/api/v1/requests/" + id.asLong()).json();
            assertThat(request.path("status").asText()).isEqualTo("SUBMITTED");
            assertThat(request.path("state").asText()).isEqualTo("MLI");
            assertThat(request.path("amountUsd").asLong()).isEqualTo(85_000);
            assertThat(request.path("publishSummaryConsent").asBoolean()).isTrue();
        }
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadCellIsNamed() {
        long before = maliRequests();
        List<List<?>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 5; i++) {
            rows.add(row("Good row " + i, "MLI"));
        }
        List<Object> bad = row("Bad row", "NER"); // row 7 of the sheet
        bad.set(3, "SPACE");
        bad.set(5, "a lot");
        bad.set(7, 9);
        bad.set(9, "2027-01"); // before the start
        bad.add("HIGH"); // not a DAC gender marker
        rows.add(bad);

        ApiResponse response = MALI.postBytes(PATH, XLSX, Spreadsheets.xlsx(rows));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields)
                .contains(
                        "row 7, state",
                        "row 7, area",
                        "row 7, amountUsd",
                        "row 7, priority",
                        "row 7, end",
                        "row 7, genderMarker")
                .allSatisfy(f -> assertThat(f).startsWith("row 7, "));
        assertThat(maliRequests()).isEqualTo(before);
    }

    @Test
    void theSecretariatImportsCsvForAnyStateButMustNameIt() {
        String csv = String.join(",", HEADER) + "\r\n"
                + "\"Border post kits, north\",\"Detection kits; training\",NER,BORDER_CONTROL,EQUIPMENT,64000,yes,2,2027-05,2028-04,,,no,1\r\n";
        String withoutState = csv.replace(",NER,", ",,");

        ApiResponse imported = SECRETARIAT.postRaw(PATH, "text/csv", csv);
        ApiResponse noState = SECRETARIAT.postRaw(PATH, "text/csv; charset=UTF-8", withoutState);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode request = SECRETARIAT
                .get("/api/v1/requests/" + imported.json().path("ids").get(0).asLong())
                .json();
        assertThat(request.path("title").asText()).isEqualTo("Border post kits, north");
        assertThat(request.path("state").asText()).isEqualTo("NER");
        assertThat(request.path("divisible").asBoolean()).isTrue();
        assertThat(request.path("genderMarker").asText()).as("DAC score 1").isEqualTo("SIGNIFICANT");
        assertThat(noState.status()).isEqualTo(422);
        assertThat(noState.body()).contains("row 2, state");
    }

    @Test
    void aMultipartFormUploadIsReadLikeARawBody() {
        byte[] xlsx = Spreadsheets.xlsx(List.of(HEADER, row("Armoury doors for Kayes", "")));
        String boundary = "----clearinghouse-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"requests.xlsx\"\r\n"
                                + "Content-Type: " + XLSX + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        ApiResponse response = MALI.postBytes(PATH, "multipart/form-data; boundary=" + boundary, body.toByteArray());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void unreadableFilesAndOtherRolesAreRefused() {
        byte[] xlsx = Spreadsheets.xlsx(List.of(HEADER, row("Armoury racks", "")));

        assertThat(MALI.postRaw(PATH, XLSX, "this is not a workbook").status()).isEqualTo(400);
        assertThat(MALI.postRaw(PATH, "application/pdf", "%PDF").status()).isEqualTo(415);
        assertThat(ApiClient.as("donor.DEU").postBytes(PATH, XLSX, xlsx).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous().postBytes(PATH, XLSX, xlsx).status()).isEqualTo(401);
    }

    private static long maliRequests() {
        return MALI.get("/api/v1/requests?size=1").json().path("total").asLong();
    }
}
