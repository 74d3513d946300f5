package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.listFeeder;

import io.gatling.javaapi.core.FeederBuilder;
import java.util.List;
import java.util.Map;

/** The demo accounts (README, "Quick start"; password {@code demo}), handed to the virtual users in turn. */
final class DemoAccounts {

    private DemoAccounts() {}

    static FeederBuilder<Object> recipients() {
        return listFeeder(List.of(
                        Map.<String, Object>of("account", "recipient.NER", "state", "NER"),
                        Map.<String, Object>of("account", "recipient.MLI", "state", "MLI"),
                        Map.<String, Object>of("account", "recipient.HTI", "state", "HTI")))
                .circular();
    }

    static FeederBuilder<Object> donors() {
        return listFeeder(List.of(
                        Map.<String, Object>of("account", "donor.DEU"),
                        Map.<String, Object>of("account", "donor.JPN"),
                        Map.<String, Object>of("account", "donor.EU")))
                .circular();
    }

    static FeederBuilder<Object> secretariat() {
        return listFeeder(List.of(Map.<String, Object>of("account", "secretariat")))
                .circular();
    }
}
