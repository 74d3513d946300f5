package org.clearinghouse.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationKind;
import org.clearinghouse.reporting.application.IatiActivity.Organisation;
import org.clearinghouse.testsupport.IatiSchema;
import org.junit.jupiter.api.Test;

/** The XML writer on built activities: every combination of codes the export uses validates against the XSD. */
class IatiXmlWriterTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 5, 4, 10, 30, 15);

    @Test
    void everyAreaStatusAndDonorKindValidatesAgainstTheSchema() {
        List<IatiActivity> activities = new ArrayList<>();
        int id = 1;
        for (CommitmentArea area : CommitmentArea.values()) {
            for (CommitmentStatus status : CommitmentStatus.values()) {
                activities.add(
                        activity(id++, new Organisation("DEU", IatiCodes.TYPE_GOVERNMENT, "Germany"), area, status));
            }
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            activities.add(activity(
                    id++,
                    new Organisation("ATT-VTF", IatiCodes.organisationType(kind), "Fund & <Co>"),
                    CommitmentArea.GENDER,
                    CommitmentStatus.ACTIVE));
        }

        byte[] xml = write(activities);

        IatiSchema.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "<iati-activities version=\"2.03\"",
                        "<iati-identifier>DEU-1</iati-identifier>",
                        "<recipient-country code=\"NE\"",
                        "<sector vocabulary=\"1\" code=\"15240\"",
                        "<tag vocabulary=\"3\" code=\"16.4\"",
                        "<transaction-type code=\"2\"",
                        "currency=\"USD\"",
                        "Fund &amp; &lt;Co&gt;",
                        "<activity-status code=\"1\"",
                        "<activity-status code=\"2\"",
                        "<activity-status code=\"4\"",
                        "<activity-status code=\"5\"",
                        "<participating-org ref=\"DEU\" type=\"10\" role=\"1\"",
                        "role=\"4\"",
                        "iso-date=\"2027-03-01\"",
                        "iso-date=\"2027-12-31\"",
                        ">240000</value>");
        assertThat(text).contains("<transaction-type code=\"3\"", ">90000</value>", "iso-date=\"2027-04-30\"");
        assertThat(count(text, "<transaction-type code=\"2\"")).isEqualTo(activities.size());
        assertThat(count(text, "<transaction-type code=\"3\""))
                .as("one disbursement per activity that disbursed")
                .isEqualTo((int)
                        activities.stream().filter(a -> a.disbursedUsd() > 0).count());
        assertThat(count(text, "<iati-activity ")).isEqualTo(activities.size());
    }

    @Test
    void accentsAndLongTextsStayValidUtf8() {
        IatiActivity activity = activity(
                7,
                new Organisation("EU", "40", "Union européenne"),
                CommitmentArea.LEGISLATION,
                CommitmentStatus.ACTIVE);
        IatiActivity accented = new IatiActivity(
                activity.identifier(),
                activity.reportingOrg(),
                activity.implementingOrg(),
                "Révision de la loi sur les armes — Côte d'Ivoire",
                "é".repeat(4000),
                activity.statusCode(),
                activity.plannedStart(),
                activity.plannedEnd(),
                "CI",
                "Côte d'Ivoire",
                activity.sectors(),
                activity.committedUsd(),
                activity.committedOn(),
                0,
                null,
                activity.lastUpdated());

        byte[] xml = write(List.of(accented));

        IatiSchema.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("Révision de la loi sur les armes — Côte d'Ivoire");
    }

    @Test
    void sectorPercentagesOfEveryAreaAddUpTo100AndAlwaysInclude15240() {
        for (CommitmentArea area : CommitmentArea.values()) {
            List<IatiActivity.Sector> sectors = IatiCodes.sectors(area);
            assertThat(sectors.stream()
                            .mapToInt(IatiActivity.Sector::percentage)
                            .sum())
                    .as(area.name())
                    .isEqualTo(100);
            assertThat(sectors)
                    .extracting(IatiActivity.Sector::code)
                    .as(area.name())
                    .contains("15240")
                    .doesNotHaveDuplicates();
        }
        assertThat(IatiCodes.sectors(CommitmentArea.LEGISLATION))
                .extracting(IatiActivity.Sector::code)
                .containsExactly("15240", "15130");
    }

    @Test
    void statusCodesFollowTheIatiActivityStatusList() {
        assertThat(IatiCodes.activityStatus(CommitmentStatus.ACTIVE)).isEqualTo("1");
        assertThat(IatiCodes.activityStatus(CommitmentStatus.IMPLEMENTING)).isEqualTo("2");
        assertThat(IatiCodes.activityStatus(CommitmentStatus.COMPLETED)).isEqualTo("4");
        assertThat(IatiCodes.activityStatus(CommitmentStatus.CANCELLED)).isEqualTo("5");
        assertThat(Arrays.stream(CommitmentStatus.values()).map(IatiCodes::activityStatus))
                .isSubsetOf("1", "2", "4", "5");
    }

    @Test
    void aDonorIsIdentifiedByItsRegisteredIatiIdentifierOrTheDocumentedFallback() {
        assertThat(IatiCodes.organisationIdentifier("XM-DAC-5", "DEU")).isEqualTo("XM-DAC-5");
        assertThat(IatiCodes.organisationIdentifier(null, "ATT-VTF")).isEqualTo("ZZ-POA-ATT-VTF");
        assertThat(IatiCodes.organisationIdentifier(" ", "NER")).isEqualTo("ZZ-POA-NER");
    }

    @Test
    void anEmptyFileIsRefusedBecauseTheSchemaWantsOneActivity() {
        assertThatThrownBy(() -> write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static IatiActivity activity(int id, Organisation donor, CommitmentArea area, CommitmentStatus status) {
        return new IatiActivity(
                donor.ref() + "-" + id,
                donor,
                new Organisation(null, IatiCodes.TYPE_GOVERNMENT, "Government of Niger"),
                "Marking machines for the national commission",
                "Two marking machines & training <operators>.",
                IatiCodes.activityStatus(status),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 12, 31),
                "NE",
                "Niger",
                IatiCodes.sectors(area),
                240_000,
                LocalDate.of(2027, 1, 15),
                status == CommitmentStatus.ACTIVE ? 0 : 90_000,
                LocalDate.of(2027, 4, 30),
                NOW);
    }

    private static byte[] write(List<IatiActivity> activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiXmlWriter.write(activities, NOW, out);
        return out.toByteArray();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
