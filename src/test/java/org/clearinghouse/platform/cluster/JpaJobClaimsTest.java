package org.clearinghouse.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.platform.cluster.persistence.JpaJobClaims;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A job's slot is claimed by the first server that asks; the second learns who holds it; other slots are free. */
class JpaJobClaimsTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFirstServerHoldsTheSlot(Kind kind) {
        assertThat(claim(kind, "reminders", "2027-01-05T04:00", "nodeA")).isEqualTo("nodeA");
        assertThat(claim(kind, "reminders", "2027-01-05T04:00", "nodeB")).isEqualTo("nodeA");
        assertThat(claim(kind, "reminders", "2027-01-06T04:00", "nodeB")).isEqualTo("nodeB");
        assertThat(claim(kind, "anonymisation", "2027-01-05T04:00", "nodeB")).isEqualTo("nodeB");
    }

    private static String claim(Kind kind, String job, String slot, String node) {
        return db(kind).inTransaction(em -> new JpaJobClaims(em).claim(job, slot, node));
    }
}
