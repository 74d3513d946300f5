package org.clearinghouse.dialogue.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.dialogue.application.DialogueService;
import org.clearinghouse.dialogue.application.MessageInput;
import org.clearinghouse.dialogue.application.MessageView;
import org.clearinghouse.dialogue.application.ThreadSummary;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The thread page of a request or a proposal ({@code ?id=}): the messages the reader may see, newest first, a form
 * to write one (the requesting State chooses whom it answers: one donor who wrote, or all donors) and the correction
 * of one's own message within 15 minutes. A record the reader may not see is "not found" (404).
 */
@Named("thread")
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "all donors" of the requesting State's answer. */
    public static final String ALL_DONORS = "ALL_DONORS";

    @Inject
    DialogueService service;

    @Inject
    Instance<Caller> caller;

    private Long id;
    private ThreadKind kind;
    private ThreadSummary summary;
    private PagedModel<MessageView> model;
    private String text;
    private String answerTo = ALL_DONORS;
    private Long replyTo;
    private Long editing;

    public void loadRequest() throws IOException {
        load(ThreadKind.REQUEST);
    }

    public void loadProposal() throws IOException {
        load(ThreadKind.PROPOSAL);
    }

    private void load(ThreadKind threadKind) throws IOException {
        FormSubmission.readOnceOr404(summary != null, () -> {
            if (id == null) {
                throw new NotFoundException("Thread", "none");
            }
            kind = threadKind;
            long recordId = id;
            summary = kind == ThreadKind.REQUEST
                    ? service.requestSummary(caller.get(), recordId)
                    : service.proposalSummary(caller.get(), recordId);
            model = new PagedModel<>(
                    page -> kind == ThreadKind.REQUEST
                            ? service.requestThread(caller.get(), recordId, page)
                            : service.proposalThread(caller.get(), recordId, page),
                    m -> Long.toString(m.id()),
                    null);
        });
    }

    /** Writes the message, or saves the correction of the one being corrected. */
    public void send() {
        boolean done = FormSubmission.handling()
                .invalid("threadForm:text", "dialogue.error.invalid")
                .conflict("dialogue.error.conflict")
                .deniedOrMissing("dialogue.error.denied")
                .run(() -> {
                    if (editing != null) {
                        service.edit(caller.get(), kind, id, editing, MessageInput.text(text));
                    } else if (kind == ThreadKind.PROPOSAL) {
                        service.postOnProposal(caller.get(), id, MessageInput.text(text));
                    } else {
                        service.postOnRequest(caller.get(), id, input());
                    }
                });
        if (done) {
            Texts.info(editing != null ? "dialogue.corrected" : "dialogue.sent");
            reset();
        }
    }

    /** Starts correcting one's own message: its text goes into the form. */
    public void startEdit(MessageView message) {
        editing = message.id();
        text = message.text();
    }

    /** The requesting State answers all donors and shows them this donor's question. */
    public void answerAllAbout(MessageView question) {
        editing = null;
        answerTo = ALL_DONORS;
        replyTo = question.id();
    }

    public void cancel() {
        reset();
    }

    private void reset() {
        text = null;
        editing = null;
        replyTo = null;
        answerTo = ALL_DONORS;
    }

    private MessageInput input() {
        if (!isAnswering()) {
            return MessageInput.text(text);
        }
        boolean toAll = ALL_DONORS.equals(answerTo);
        return new MessageInput(text, toAll ? null : answerTo, toAll, toAll ? replyTo : null);
    }

    /** True when the reader is the requesting State on a request's thread: it chooses whom it answers. */
    public boolean isAnswering() {
        return kind == ThreadKind.REQUEST && summary != null && "RECIPIENT".equals(summary.readerParty());
    }

    /** The donors the requesting State may answer privately. */
    public List<String> getDonors() {
        return summary == null ? List.of() : summary.donorsWhoWrote();
    }

    /** Who reads a message, in the reader's language. */
    public String audience(MessageView message) {
        String audience = message.audience();
        if (audience.startsWith("DONOR:")) {
            return Texts.text("dialogue.audience.DONOR", audience.substring("DONOR:".length()));
        }
        return Texts.text("dialogue.audience." + audience);
    }

    public boolean isRequest() {
        return kind == ThreadKind.REQUEST;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ThreadSummary getSummary() {
        return summary;
    }

    public PagedModel<MessageView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswerTo() {
        return answerTo;
    }

    public void setAnswerTo(String answerTo) {
        this.answerTo = answerTo;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public Long getEditing() {
        return editing;
    }
}
