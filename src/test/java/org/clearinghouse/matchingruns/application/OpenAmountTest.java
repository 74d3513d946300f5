package org.clearinghouse.matchingruns.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How funding through other mechanisms reduces a request's amount in the open problem. */
class OpenAmountTest {

    @Test
    void noExternalFundingKeepsTheAmount() {
        assertThat(OpenProblemReader.openAmount(100_000, 0, 0)).isEqualTo(100_000);
        assertThat(OpenProblemReader.openAmount(100_000, 0, 30_000)).isEqualTo(100_000);
    }

    @Test
    void externalFundingReducesTheAmount() {
        assertThat(OpenProblemReader.openAmount(200_000, 150_000, 0)).isEqualTo(50_000);
    }

    @Test
    void aRequestFundedInFullElsewhereLeavesTheProblem() {
        assertThat(OpenProblemReader.openAmount(100_000, 100_000, 0)).isZero();
        assertThat(OpenProblemReader.openAmount(100_000, 250_000, 0)).isZero();
    }

    @Test
    void neverBelowWhatThePlatformAlreadyFixed() {
        // commitments and accepted proposals stay valid: nothing more is open
        assertThat(OpenProblemReader.openAmount(100_000, 90_000, 40_000)).isEqualTo(40_000);
        assertThat(OpenProblemReader.openAmount(100_000, 100_000, 40_000)).isEqualTo(40_000);
        assertThat(OpenProblemReader.openAmount(100_000, 20_000, 40_000)).isEqualTo(80_000);
    }
}
