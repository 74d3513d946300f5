package org.clearinghouse.cohort.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.junit.jupiter.api.Test;

/**
 * The engine's copy of the development statuses (the CSV in its jar) and the server's table (migration V38) hold the
 * same list, every code is a State of the reference data, and both lists are there.
 */
class DevelopmentStatusListsTest {

    private static Map<String, DevelopmentStatus> migration() throws Exception {
        String sql = Files.readString(Path.of("sql", "V38__development_status.sql"));
        sql = sql.substring(sql.indexOf("INSERT INTO development_status"));
        Matcher m = Pattern.compile("\\('([A-Z]{3})', '([A-Z_]+)'\\)").matcher(sql);
        Map<String, DevelopmentStatus> rows = new HashMap<>();
        while (m.find()) {
            assertThat(rows.put(m.group(1), DevelopmentStatus.valueOf(m.group(2))))
                    .as("listed twice: " + m.group(1))
                    .isNull();
        }
        return rows;
    }

    @Test
    void theEnginesListAndTheServersTableAgree() throws Exception {
        Map<String, DevelopmentStatus> table = migration();
        assertThat(DevelopmentStatuses.builtIn().asMap()).isEqualTo(table);
    }

    @Test
    void everyCodeIsAStateOfTheReferenceData() throws Exception {
        String states = Files.readString(Path.of("sql", "V2__reference_data.sql"));
        Matcher m = Pattern.compile("\\('([A-Z]{3})', '").matcher(states);
        Set<String> codes = new HashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes)
                .hasSize(195)
                .containsAll(DevelopmentStatuses.builtIn().asMap().keySet());
    }

    @Test
    void bothListsAreThereAndOtherStatesAreDeveloped() {
        DevelopmentStatuses list = DevelopmentStatuses.builtIn();
        assertThat(list.asMap().values().stream().filter(s -> s == DevelopmentStatus.LDC))
                .hasSize(44);
        assertThat(list.of("MLI")).isEqualTo(DevelopmentStatus.LDC);
        assertThat(list.of("GHA")).isEqualTo(DevelopmentStatus.OTHER_DEVELOPING);
        assertThat(list.of("NOR")).isEqualTo(DevelopmentStatus.DEVELOPED);
        assertThat(list.asMap()).doesNotContainValue(DevelopmentStatus.DEVELOPED);
        assertThat(list.with(Map.of("NOR", DevelopmentStatus.OTHER_DEVELOPING)).of("NOR"))
                .isEqualTo(DevelopmentStatus.OTHER_DEVELOPING);
    }
}
