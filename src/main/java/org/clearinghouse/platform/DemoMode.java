package org.clearinghouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the demo data (and its accounts with the password {@code demo}) is on: {@code DEMO_DATA}, by default on
 * for the embedded database and off for MySQL.
 */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "DEMO_DATA")
    Optional<Boolean> demoData;

    @Inject
    DatabaseMigration migration;

    public boolean isOn() {
        return demoData.orElse(migration.databaseProduct().startsWith("H2"));
    }
}
