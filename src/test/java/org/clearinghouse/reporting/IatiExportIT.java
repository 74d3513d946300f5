package org.clearinghouse.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.IatiSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IATI export over HTTP: every file any caller downloads validates against the IATI 2.03 XSD, and each caller
 * gets what the consent and object rules allow. Two commitments are added through the problem import (imported
 * requests are not published: no consent): one of Germany, one of Japan, both for Chad.
 */
class IatiExportIT {

    private static final String PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "IATI-R1", "state": "TCD", "region": "AFRICA", "area": "LEGISLATION", "type": "EXPERTISE",
                "amountUsd": 70000, "divisible": true, "priority": 3, "start": "2027-02", "end": "2027-09"},
               {"id": "IATI-R2", "state": "TCD", "region": "AFRICA", "area": "DATA_COLLECTION", "type": "EXPERTISE",
                "amountUsd": 50000, "divisible": true, "priority": 4, "start": "2027-03", "end": "2027-10"}],
             "offers": [
               {"id": "IATI-O1", "donor": "DEU", "areas": ["LEGISLATION"], "types": ["EXPERTISE"], "capacityUsd": 90000,
                "regions": [], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"},
               {"id": "IATI-O2", "donor": "JPN", "areas": ["DATA_COLLECTION"], "types": ["EXPERTISE"], "capacityUsd": 60000,
                "regions": [], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"}],
             "commitments": [{"requestId": "IATI-R1", "offerId": "IATI-O1", "amountUsd": 70000},
                             {"requestId": "IATI-R2", "offerId": "IATI-O2", "amountUsd": 50000}]}
            """;

    private static final String GERMAN = "Imported request IATI-R1";
    private static final String JAPANESE = "Imported request IATI-R2";
    /** Title of the demo request (Mali, published) with the demo commitment. */
    private static final String DEMO_PUBLISHED = "Community weapons collection programme in the central regions";

    @BeforeAll
    static void addCommitments() {
        ApiResponse imported =
                ApiClient.as("secretariat").postRaw("/api/v1/matching/problem", "application/json", PROBLEM);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    @Test
    void theSecretariatGetsEveryCommitmentInAValidFile() {
        String xml = export(ApiClient.as("secretariat"));

        assertThat(xml)
                .contains(
                        GERMAN,
                        JAPANESE,
                        DEMO_PUBLISHED,
                        "Imported from request body",
                        "<recipient-country code=\"TD\"",
                        "<recipient-country code=\"ML\"",
                        "<sector vocabulary=\"1\" code=\"15130\"",
                        "<sector vocabulary=\"1\" code=\"15196\"",
                        "<value currency=\"USD\"",
                        ">70000</value>",
                        "<tag vocabulary=\"3\" code=\"16.4\"");
        List<String> ids = identifiers(xml);
        assertThat(ids)
                .hasSizeGreaterThanOrEqualTo(3)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[A-Z0-9-]+-[0-9]+"));
        assertThat(ids)
                .anySatisfy(id -> assertThat(id).startsWith("XM-DAC-5-"))
                .anySatisfy(id -> assertThat(id).startsWith("XM-DAC-701-"));
        assertThat(xml)
                .contains(
                        "<reporting-org ref=\"XM-DAC-5\" type=\"10\"",
                        "<reporting-org ref=\"XM-DAC-701\"",
                        "<participating-org ref=\"XM-DAC-5\" type=\"10\" role=\"1\"",
                        "role=\"4\"",
                        "<transaction-type code=\"2\"",
                        "<activity-status code=");
    }

    @Test
    void aProgressReportAddsADisbursementTransaction() {
        String before = activityOf(export(ApiClient.as("secretariat")), JAPANESE);
        assertThat(before).doesNotContain("<transaction-type code=\"3\"");
        Matcher id = Pattern.compile("<iati-identifier>XM-DAC-701-([0-9]+)</iati-identifier>")
                .matcher(before);
        assertThat(id.find()).isTrue();
        String path = "/api/v1/commitments/" + id.group(1);
        long version =
                ApiClient.as("donor.JPN").get(path).json().path("version").asLong();
        ApiResponse reported = ApiClient.as("donor.JPN")
                .put(
                        path + "/progress",
                        java.util.Map.of("disbursedUsd", 20_000, "progressPercent", 30, "version", version));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);

        String after = activityOf(export(ApiClient.as("secretariat")), JAPANESE);

        assertThat(after)
                .contains(
                        "<activity-status code=\"2\"",
                        "<transaction-type code=\"3\"",
                        ">20000</value>",
                        "<transaction-type code=\"2\"",
                        ">50000</value>");
        assertThat(activityOf(export(ApiClient.as("donor.JPN")), JAPANESE)).contains("<transaction-type code=\"3\"");
    }

    @Test
    void anonymousCallersGetOnlyPublishedRequestsAndNoRestrictedText() {
        String xml = export(ApiClient.anonymous());

        assertThat(xml)
                .contains(DEMO_PUBLISHED)
                .doesNotContain(GERMAN, JAPANESE)
                .doesNotContain("Costed in the national action plan") // the demo request's own description
                .doesNotContain("focal.point@")
                .doesNotContain("NAP MLI");
    }

    @Test
    void aDonorGetsItsOwnCommitmentsBesidesThePublishedOnes() {
        String german = export(ApiClient.as("donor.DEU"));
        String japanese = export(ApiClient.as("donor.JPN"));

        assertThat(german).contains(GERMAN, DEMO_PUBLISHED).doesNotContain(JAPANESE);
        assertThat(japanese).contains(JAPANESE).doesNotContain(GERMAN);
    }

    @Test
    void aRecipientGetsItsStatesCommitmentsBesidesThePublishedOnes() {
        String niger = export(ApiClient.as("recipient.NER"));
        String mali = export(ApiClient.as("recipient.MLI"));

        assertThat(niger).doesNotContain(GERMAN, JAPANESE).contains(DEMO_PUBLISHED);
        assertThat(mali).contains(DEMO_PUBLISHED, "Costed in the national action plan"); // Mali reads its own in full
    }

    /** Downloads the export, checks the media type and validates it against the XSD. */
    private static String export(ApiClient client) {
        ApiResponse response = client.getAccepting("/api/v1/exports/iati", "application/xml");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        byte[] xml = response.body().getBytes(StandardCharsets.UTF_8);
        IatiSchema.validate(xml);
        return response.body();
    }

    /** The one activity whose text contains {@code marker}. */
    private static String activityOf(String xml, String marker) {
        for (String activity : xml.split("<iati-activity ")) {
            if (activity.contains(marker)) {
                return activity.substring(0, activity.indexOf("</iati-activity>"));
            }
        }
        throw new AssertionError("no activity with " + marker);
    }

    private static List<String> identifiers(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher m =
                Pattern.compile("<iati-identifier>([^<]+)</iati-identifier>").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
