package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** A person's pause between two clicks: one to three seconds. */
final class Think {

    private Think() {}

    static ChainBuilder briefly() {
        return io.gatling.javaapi.core.CoreDsl.exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));
    }
}
