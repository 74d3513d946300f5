package org.clearinghouse.offers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.shared.Fixtures;
import org.junit.jupiter.api.Test;

/** Which offers of one donor likely duplicate each other. */
class OfferDuplicateServiceTest {

    private final AssistanceOffer offer = Fixtures.offer(Fixtures.GERMANY);

    @Test
    void aSimilarOfferOfTheSameDonorWithACommonAreaIsFlagged() {
        AssistanceOffer again = Fixtures.offer(Fixtures.GERMANY);
        again.setTitle("Marking and stockpile equipment, Africa");
        again.setAreas(Set.of(CommitmentArea.STOCKPILE_MANAGEMENT, CommitmentArea.SURPLUS_DESTRUCTION));

        assertThat(OfferDuplicateService.compare(offer, again)).hasValueSatisfying(c -> {
            assertThat(c.areas()).containsExactly("STOCKPILE_MANAGEMENT");
            assertThat(c.reasons()).anyMatch(r -> r.startsWith("same donor (DEU)"));
        });
    }

    @Test
    void anotherDonorNoCommonAreaOrNoCommonMonthIsNotFlagged() {
        AssistanceOffer otherDonor = Fixtures.offer(Fixtures.NIGER);
        AssistanceOffer otherAreas = Fixtures.offer(Fixtures.GERMANY);
        otherAreas.setAreas(Set.of(CommitmentArea.GENDER));
        AssistanceOffer later = Fixtures.offer(Fixtures.GERMANY);
        later.setStartMonth(YearMonth.of(2029, 1));
        later.setEndMonth(YearMonth.of(2029, 12));

        assertThat(OfferDuplicateService.compare(offer, otherDonor)).isEmpty();
        assertThat(OfferDuplicateService.compare(offer, otherAreas)).isEmpty();
        assertThat(OfferDuplicateService.compare(offer, later)).isEmpty();
    }

    @Test
    void aDifferentOfferOfTheSameDonorIsNotFlagged() {
        AssistanceOffer different = Fixtures.offer(Fixtures.GERMANY);
        different.setTitle("Fellowship and legal drafting support");
        different.setDescription("Experts review arms laws and host fellows for three months.");
        assertThat(OfferDuplicateService.compare(offer, different)).isEmpty();
    }
}
