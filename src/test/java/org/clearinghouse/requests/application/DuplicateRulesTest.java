package org.clearinghouse.requests.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.junit.jupiter.api.Test;

/** Which pairs of requests are likely duplicates, and why. */
class DuplicateRulesTest {

    private final AssistanceRequest original = Fixtures.request(Fixtures.NIGER);

    private static AssistanceRequest reworded() {
        AssistanceRequest r = Fixtures.request(Fixtures.NIGER);
        r.setTitle("Marking machine for the National Police");
        r.setDescription("Training of operators and two machines for marking weapons.");
        r.setStartMonth(YearMonth.of(2027, 6));
        r.setEndMonth(YearMonth.of(2028, 3));
        return r;
    }

    @Test
    void sameStateAreaOverlappingPeriodAndSimilarTextIsALikelyDuplicateWithItsReasons() {
        var candidate = DuplicateRules.compare(original, reworded());

        assertThat(candidate).hasValueSatisfying(c -> {
            assertThat(c.score()).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);
            assertThat(c.reasons())
                    .anyMatch(r -> r.startsWith("same State (NER)"))
                    .anyMatch(r -> r.startsWith("same area (MARKING_RECORD_KEEPING_TRACING)"))
                    .anyMatch(r -> r.startsWith("periods overlap"))
                    .anyMatch(r -> r.startsWith("similar title and description"))
                    .anyMatch(r -> r.startsWith("same amount"));
        });
    }

    @Test
    void anotherStateIsNeverADuplicate() {
        AssistanceRequest other = reworded();
        other.setRecipientState(Fixtures.GERMANY);
        assertThat(DuplicateRules.compare(original, other)).isEmpty();
    }

    @Test
    void anotherAreaIsNeverADuplicate() {
        AssistanceRequest other = reworded();
        other.setArea(CommitmentArea.STOCKPILE_MANAGEMENT);
        assertThat(DuplicateRules.compare(original, other)).isEmpty();
    }

    @Test
    void periodsThatDoNotOverlapAreNotDuplicates() {
        AssistanceRequest later = reworded();
        later.setStartMonth(YearMonth.of(2028, 1));
        later.setEndMonth(YearMonth.of(2028, 6));
        AssistanceRequest touching = reworded();
        touching.setStartMonth(YearMonth.of(2027, 12)); // shares December 2027
        assertThat(DuplicateRules.compare(original, later)).isEmpty();
        assertThat(DuplicateRules.compare(original, touching)).isPresent();
    }

    @Test
    void aDifferentNeedInTheSameAreaIsNotADuplicate() {
        AssistanceRequest other = reworded();
        other.setTitle("Electronic weapons register for the arms commission");
        other.setDescription("Database software, servers and data entry of the national inventory.");
        assertThat(DuplicateRules.compare(original, other)).isEmpty();
    }
}
