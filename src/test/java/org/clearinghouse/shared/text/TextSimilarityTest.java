package org.clearinghouse.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.shared.text.TextSimilarity.DUPLICATE_THRESHOLD;
import static org.clearinghouse.shared.text.TextSimilarity.similarity;

import org.junit.jupiter.api.Test;

/** The similarity measure on request-like texts: duplicates score at or above the threshold, different needs below. */
class TextSimilarityTest {

    private static final String MARKING = "Marking machines and electronic register for the national arms commission. "
            + "Two marking machines, a central electronic register and training of operators.";

    @Test
    void theSameTextScoresOne() {
        assertThat(similarity(MARKING, MARKING)).isEqualTo(1.0);
    }

    @Test
    void aRewordedRequestForTheSameNeedIsSimilar() {
        String reworded = "Electronic register and marking machines for the National Arms Commission: two machines "
                + "for marking, an electronic central registry, operator training.";
        assertThat(similarity(MARKING, reworded)).isGreaterThanOrEqualTo(DUPLICATE_THRESHOLD);
    }

    @Test
    void pluralsAndTyposStaySimilar() {
        assertThat(similarity("Rehabilitation of six armouries", "Rehabilitaton of 6 armoury"))
                .isGreaterThanOrEqualTo(DUPLICATE_THRESHOLD);
    }

    @Test
    void differentNeedsOfTheSameDomainAreNotSimilar() {
        String[] others = {
            "Rehabilitation of six armouries of the defence and security forces, with locks, alarms and racks.",
            "Training of border posts on detection of illicit small arms at the Niger-Libya border.",
            "Seizure data collection for SDG indicator 16.4.2 with the national statistics office.",
            "Community weapons collection programme in the central regions, with development incentives.",
            "Gender-responsive small arms control training for commission staff.",
        };
        for (String other : others) {
            assertThat(similarity(MARKING, other)).as(other).isLessThan(DUPLICATE_THRESHOLD);
        }
        assertThat(similarity(others[1], others[3])).isLessThan(DUPLICATE_THRESHOLD);
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(similarity(
                        "Réhabilitation des dépôts d'armes à Niamey", "REHABILITATION DES DEPOTS D'ARMES A NIAMEY"))
                .isEqualTo(1.0);
        assertThat(TextSimilarity.normalise("Côte d'Ivoire — Sécurité des stocks"))
                .isEqualTo("cote ivoire securite stocks");
    }

    @Test
    void functionWordsAloneMakeNoSimilarity() {
        assertThat(similarity("for the and of the", "de la et les")).isZero();
        assertThat(similarity("Marking of the weapons", "Marking weapons")).isEqualTo(1.0);
    }

    @Test
    void emptyTextIsSimilarToNothing() {
        assertThat(similarity("", "")).isZero();
        assertThat(similarity(null, MARKING)).isZero();
        assertThat(similarity("  ... !!! ", MARKING)).isZero();
        assertThat(similarity(MARKING, "")).isZero();
    }

    @Test
    void theScoreIsSymmetricAndBetweenZeroAndOne() {
        String other = "Marking equipment for the national commission";
        assertThat(similarity(MARKING, other))
                .isEqualTo(similarity(other, MARKING))
                .isBetween(0.0, 1.0);
    }
}
