package org.clearinghouse.notifications.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Writes and reads inbox entries, which belong to a party (the secretariat, a recipient State, a donor). */
public interface InboxRepository {

    /** Adds an entry (written at the next flush or at the commit). */
    void add(InboxEntry entry);

    Optional<InboxEntry> findById(long id);

    /** One page of the party's entries (all, or only the unread ones), newest first. */
    Page<InboxEntry> findFor(PartyScope addressee, boolean unreadOnly, PageRequest page);

    /** How many of the party's entries are unread. */
    long countUnread(PartyScope addressee);

    /** The party's unread entries. */
    List<InboxEntry> findUnread(PartyScope addressee);
}
