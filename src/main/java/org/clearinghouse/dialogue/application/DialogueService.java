package org.clearinghouse.dialogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.dialogue.application.ThreadAccess.ProposalThread;
import org.clearinghouse.dialogue.application.ThreadAccess.RequestThread;
import org.clearinghouse.dialogue.domain.Audience;
import org.clearinghouse.dialogue.domain.DialogueMessage;
import org.clearinghouse.dialogue.domain.DialogueRepository;
import org.clearinghouse.dialogue.domain.MessageText;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The threads on requests and proposals. On a validated request a donor asks the requesting State (a private
 * exchange) and the State answers one donor or all donors; the secretariat reads every thread but writes in none. On
 * a proposal its recipient State, donor and secretariat write in one thread. Each new message notifies the other
 * parties in the same transaction; a message is corrected only by its author, within 15 minutes.
 */
@ApplicationScoped
@Transactional
public class DialogueService {

    @Inject
    ThreadAccess access;

    @Inject
    DialogueRepository messages;

    @Inject
    OrganisationRepository donors;

    @Inject
    DialogueNotices notices;

    @Inject
    Clock clock;

    /** A request's thread as the caller may read it, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MessageView> requestThread(Caller caller, long requestId, PageRequest page) {
        ThreadReader reader = access.request(caller, requestId).reader();
        return view(caller, messages.thread(ThreadKind.REQUEST, requestId, reader.donorFilter(), page));
    }

    /** A proposal's thread, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MessageView> proposalThread(Caller caller, long proposalId, PageRequest page) {
        access.proposal(caller, proposalId);
        return view(caller, messages.thread(ThreadKind.PROPOSAL, proposalId, null, page));
    }

    /** What the thread page of a request shows above the messages: who reads it and what the caller may write. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadSummary requestSummary(Caller caller, long requestId) {
        RequestThread thread = access.request(caller, requestId);
        AssistanceRequest request = thread.request();
        Party party = thread.reader().party();
        boolean open = ThreadAccess.VALIDATED.contains(request.getStatus());
        return new ThreadSummary(
                request.getId(),
                request.getTitle(),
                request.getRecipientState().getCode(),
                null,
                party.name(),
                open && party != Party.SECRETARIAT,
                party == Party.RECIPIENT ? messages.donorsWhoWrote(requestId) : List.of());
    }

    /** The same for a proposal's thread. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadSummary proposalSummary(Caller caller, long proposalId) {
        ProposalThread thread = access.proposal(caller, proposalId);
        return new ThreadSummary(
                proposalId,
                thread.proposal().getRequest().getTitle(),
                thread.proposal().getRequest().getRecipientState().getCode(),
                thread.proposal().getOffer().donorCode(),
                thread.reader().party().name(),
                true,
                List.of());
    }

    /**
     * Writes on a request's thread: a donor's question (private to it and the State), or the State's answer to the
     * donor it names or to all donors. 403 for the secretariat, 409 when the request is not validated, 422 for a
     * text that is empty or too long or an answer that names no (known) donor.
     */
    public MessageView postOnRequest(Caller caller, long requestId, MessageInput input) {
        RequestThread thread = access.request(caller, requestId);
        ThreadReader reader = thread.reader();
        AssistanceRequest request = thread.request();
        if (reader.party() == Party.SECRETARIAT) {
            throw new AccessDeniedException(
                    "The secretariat reads the threads of requests; donors and the requesting State write in them.");
        }
        MessageInput in = input == null ? MessageInput.text(null) : input;
        FieldErrors errors = new FieldErrors();
        MessageText.problem(in.text()).ifPresent(p -> errors.add("text", p));
        Audience audience;
        DialogueMessage question = null;
        if (reader.party() == Party.DONOR) {
            if (in.donor() != null || in.isToAllDonors() || in.replyTo() != null) {
                errors.add("donor", "only the requesting State chooses whom a message is for; leave it out.");
            }
            audience = Audience.donor(reader.code());
        } else {
            audience = answerAudience(in, errors);
            question = in.replyTo() == null ? null : question(requestId, in, errors);
        }
        errors.throwIfAny();
        if (!ThreadAccess.VALIDATED.contains(request.getStatus())) {
            throw new ConflictException("Request " + requestId + " is " + request.getStatus()
                    + ": messages are written on validated requests only.");
        }
        DialogueMessage message = new DialogueMessage(
                ThreadKind.REQUEST,
                requestId,
                caller.username(),
                reader.party(),
                reader.code(),
                in.text(),
                audience,
                now());
        messages.add(message);
        Set<String> addressees = new TreeSet<>();
        if (audience.kind() == Audience.Kind.DONOR) {
            addressees.add(audience.donorCode());
        } else if (reader.party() == Party.RECIPIENT) {
            addressees.addAll(messages.donorsWhoWrote(requestId));
        }
        if (question != null) {
            question.openToAllDonors();
            addressees.add(question.getParty());
        }
        notices.onRequest(request, message, addressees);
        return MessageView.of(message, caller.username(), now());
    }

    /** Writes on a proposal's thread (any of its parties); 422 for a text that is empty or too long. */
    public MessageView postOnProposal(Caller caller, long proposalId, MessageInput input) {
        ProposalThread thread = access.proposal(caller, proposalId);
        MessageInput in = input == null ? MessageInput.text(null) : input;
        FieldErrors errors = new FieldErrors();
        MessageText.problem(in.text()).ifPresent(p -> errors.add("text", p));
        if (in.donor() != null || in.isToAllDonors() || in.replyTo() != null) {
            errors.add("donor", "a proposal's thread is read by its three parties; leave donor and toAllDonors out.");
        }
        errors.throwIfAny();
        ThreadReader reader = thread.reader();
        DialogueMessage message = new DialogueMessage(
                ThreadKind.PROPOSAL,
                proposalId,
                caller.username(),
                reader.party(),
                reader.code(),
                in.text(),
                Audience.PROPOSAL_PARTIES,
                now());
        messages.add(message);
        notices.onProposal(thread.proposal(), message);
        return MessageView.of(message, caller.username(), now());
    }

    /**
     * Corrects a message: 404 when the caller does not read it on this thread, 403 when another wrote it, 409 after
     * the edit window, 422 for a bad text.
     */
    public MessageView edit(Caller caller, ThreadKind kind, long recordId, long messageId, MessageInput input) {
        ThreadReader reader = kind == ThreadKind.REQUEST
                ? access.request(caller, recordId).reader()
                : access.proposal(caller, recordId).reader();
        DialogueMessage message = messages.findById(messageId)
                .filter(m -> m.getThreadKind() == kind && m.getRecordId() == recordId)
                .filter(m -> reader.donorFilter() == null || m.getAudience().isReadByDonor(reader.donorFilter()))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
        String text = input == null ? null : input.text();
        FieldErrors errors = new FieldErrors();
        MessageText.problem(text).ifPresent(p -> errors.add("text", p));
        if (!message.getAuthor().equals(caller.username())) {
            throw new AccessDeniedException("Only the author of message " + messageId + " may change it.");
        }
        errors.throwIfAny();
        LocalDateTime now = now();
        message.edit(caller.username(), text, now);
        return MessageView.of(message, caller.username(), now);
    }

    private Audience answerAudience(MessageInput in, FieldErrors errors) {
        boolean toAll = in.isToAllDonors();
        boolean toOne = in.donor() != null && !in.donor().isBlank();
        if (toAll == toOne) {
            errors.add(
                    "donor",
                    toAll
                            ? "answer either one donor (donor) or all donors (toAllDonors), not both."
                            : "say whom you answer: a donor's code (donor) or all donors (toAllDonors: true).");
            return Audience.ALL_DONORS;
        }
        if (toAll) {
            return Audience.ALL_DONORS;
        }
        String code = in.donor().trim();
        if (donors.findDonor(code).isEmpty()) {
            errors.add("donor", "'" + code + "' is not a known donor (a State's or an organisation's code).");
        }
        return Audience.donor(code);
    }

    /** The donor's question that an answer to all donors opens to them, or null with the problem recorded. */
    private DialogueMessage question(long requestId, MessageInput in, FieldErrors errors) {
        if (!in.isToAllDonors()) {
            errors.add("replyTo", "only an answer to all donors opens a question to them.");
            return null;
        }
        return messages.findById(in.replyTo())
                .filter(m -> m.getThreadKind() == ThreadKind.REQUEST && m.getRecordId() == requestId)
                .filter(m -> m.getAuthorParty() == Party.DONOR)
                .orElseGet(() -> {
                    errors.add("replyTo", "is not a donor's message on this request's thread.");
                    return null;
                });
    }

    private Page<MessageView> view(Caller caller, Page<DialogueMessage> page) {
        LocalDateTime now = now();
        return page.map(m -> MessageView.of(m, caller.username(), now));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
