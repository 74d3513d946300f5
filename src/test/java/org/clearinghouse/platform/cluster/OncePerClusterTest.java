package org.clearinghouse.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only the singleton primary runs a job, and only once per slot: a server that is not the primary does not even record
 * the slot; a primary finding the slot recorded by another node (elected while the first still ran it) skips it.
 */
class OncePerClusterTest {

    private static final Clock AT_04_00_10 = Clock.fixed(Instant.parse("2027-01-05T04:00:10Z"), ZoneOffset.UTC);

    private final List<String> recorded = new ArrayList<>();

    @Test
    void theServerThatIsNotThePrimaryNeitherRunsNorRecordsTheSlot() {
        OncePerCluster notPrimary = new OncePerCluster(this::record, AT_04_00_10, () -> false);

        assertThat(notPrimary.claim("reminders")).isFalse();
        assertThat(recorded).isEmpty();
    }

    @Test
    void thePrimaryRecordsTheSlotOnceAndRunsIt() {
        OncePerCluster primary = new OncePerCluster(this::record, AT_04_00_10, () -> true);

        assertThat(primary.claim("reminders")).isTrue();
        assertThat(recorded).containsExactly("reminders 2027-01-05T04:00");
    }

    @Test
    void aPrimaryFindingTheSlotRunByAnotherNodeSkipsIt() {
        OncePerCluster primary = new OncePerCluster((job, slot, node) -> "an-earlier-primary", AT_04_00_10, () -> true);

        assertThat(primary.claim("reminders")).isFalse();
    }

    private String record(String job, String slot, String node) {
        recorded.add(job + " " + slot);
        return node;
    }
}
