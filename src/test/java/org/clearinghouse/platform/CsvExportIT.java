package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.PageSession;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.Test;

/**
 * A table's CSV export, as the export button posts it: a title written as a spreadsheet formula comes out with an
 * apostrophe in front, so that a spreadsheet shows it and does not run it.
 */
class CsvExportIT {

    private static final String FORMULA = "=HYPERLINK(\"https://attacker.example\",\"Open\") CSV export test";

    @Test
    void aFormulaInATitleIsExportedAsText() {
        ApiResponse created = ApiClient.as("recipient.NER")
                .post("/api/v1/requests", Payloads.with(Payloads.request("NER"), "title", FORMULA));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        PageSession session = new PageSession();
        assertThat(session.signIn("recipient.NER", "demo").statusCode()).isEqualTo(302);
        HttpResponse<String> page = session.get("/recipient/requests.xhtml?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("requestsForm:requestsExportCsv");

        Map<String, String> form = PageSession.formOf(page.body(), "requestsForm");
        form.put("requestsForm:requestsExportCsv", "requestsForm:requestsExportCsv");
        HttpResponse<String> csv = session.post("/recipient/requests.xhtml", form, "Origin", session.base());

        assertThat(csv.statusCode())
                .as(csv.headers().firstValue("Location").orElse("") + " " + csv.body())
                .isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("csv");
        assertThat(csv.body()).contains("'=HYPERLINK(").doesNotContain("\"=HYPERLINK(", ",=HYPERLINK(");
    }
}
