package org.clearinghouse.dialogue.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Writes and reads the messages of threads. */
public interface DialogueRepository {

    /** Adds a message (written at the next flush or at the commit). */
    void add(DialogueMessage message);

    Optional<DialogueMessage> findById(long id);

    /**
     * One page of a thread, newest first: every message, or when {@code donorCode} is not null only those a donor
     * with that code reads (its private exchange and the messages to all donors).
     */
    Page<DialogueMessage> thread(ThreadKind kind, long recordId, String donorCode, PageRequest page);

    /** The codes of the donors that wrote on a request's thread. */
    List<String> donorsWhoWrote(long requestId);
}
