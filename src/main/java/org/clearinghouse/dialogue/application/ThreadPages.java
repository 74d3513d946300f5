package org.clearinghouse.dialogue.application;

import java.util.Locale;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.shared.domain.Party;

/** The address of a thread's page for each party: {@code /donor/request-messages.xhtml?id=12} and the like. */
public final class ThreadPages {

    private ThreadPages() {}

    public static String path(Party reader, ThreadKind kind, long recordId) {
        return "/" + reader.name().toLowerCase(Locale.ROOT) + "/" + kind.name().toLowerCase(Locale.ROOT)
                + "-messages.xhtml?id=" + recordId;
    }
}
