package org.clearinghouse.platform.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.errors.ValidationFailedException;

/**
 * The one way a page bean calls an application service: it runs what a form (or a button of a table) submits and
 * turns the service's refusals into Faces messages, each page naming its own texts. Field errors
 * ({@link ValidationFailedException}) go next to their fields; a conflict (stale version, forbidden status), a row
 * gone meanwhile or a refusal of access become a message at the top. A refusal the submission does not name
 * propagates (to the error page), as an unexpected failure does.
 *
 * <pre>{@code
 * String outcome = FormSubmission.withFields(FIELDS).conflict("error.conflict").call(() -> {
 *     service.update(caller.get(), id, input);
 *     return "/list.xhtml?faces-redirect=true";
 * }); // null (stay on the page) when refused
 * }</pre>
 *
 * Also reads what a page shows ({@link #readOr404}), answering 404 when the service says it does not exist or is
 * not the reader's.
 */
public final class FormSubmission {

    private final List<Handler<?>> handlers = new ArrayList<>();

    private FormSubmission() {}

    /** A submission whose refusals are those named next (with the methods below). */
    public static FormSubmission handling() {
        return new FormSubmission();
    }

    /** A submission whose field errors are shown next to their fields: see {@link #invalidFields(Map)}. */
    public static FormSubmission withFields(Map<String, String> fieldIds) {
        return handling().invalidFields(fieldIds);
    }

    /**
     * Field errors next to the fields ({@code fieldIds}: the service's field name to the client id); those of other
     * fields at the top of the page.
     */
    public FormSubmission invalidFields(Map<String, String> fieldIds) {
        return on(ValidationFailedException.class, invalid -> Texts.fieldErrors(invalid, fieldIds));
    }

    /** Any field error as the one message {@code key} next to the field {@code clientId}. */
    public FormSubmission invalid(String clientId, String key, Object... arguments) {
        return on(ValidationFailedException.class, invalid -> Texts.fieldError(clientId, key, arguments));
    }

    /** A conflict as the message {@code key} at the top of the page. */
    public FormSubmission conflict(String key, Object... arguments) {
        return on(ConflictException.class, conflict -> Texts.error(key, arguments));
    }

    /** A conflict, or a row deleted meanwhile: either way the page is out of date; the message {@code key}. */
    public FormSubmission stale(String key) {
        return conflict(key).on(NotFoundException.class, gone -> Texts.error(key));
    }

    /** A refusal of access as the message {@code key}. */
    public FormSubmission denied(String key) {
        return on(AccessDeniedException.class, denied -> Texts.error(key));
    }

    /** A refusal of access, or a row the reader cannot see (or that is gone): the message {@code key}. */
    public FormSubmission deniedOrMissing(String key) {
        return denied(key).on(NotFoundException.class, missing -> Texts.error(key));
    }

    /**
     * Handles refusals of {@code type} with {@code handler}. Every handler of a refusal's type runs, in the order
     * they were added (a message, then a refresh of the page's data, say).
     */
    public <E extends RuntimeException> FormSubmission on(Class<E> type, Consumer<? super E> handler) {
        handlers.add(new Handler<>(type, handler));
        return this;
    }

    /** Runs {@code action}: true when it went through, false when it was refused (and the refusal shown). */
    public boolean run(Runnable action) {
        return call(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /** What {@code action} answers (a navigation outcome, say), or null when it was refused (and the refusal shown). */
    public <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException refused) {
            boolean handled = false;
            for (Handler<?> handler : handlers) {
                handled |= handler.handle(refused);
            }
            if (!handled) {
                throw refused;
            }
            return null;
        }
    }

    /**
     * Reads what the page shows; when the service says it does not exist or is not the reader's, answers 404 instead
     * of the page.
     */
    public static void readOr404(Runnable read) throws IOException {
        try {
            read.run();
        } catch (NotFoundException | AccessDeniedException notYours) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Not found");
            context.responseComplete();
        }
    }

    /**
     * {@link #readOr404} once per view: on the page's first request, neither on its postbacks nor again after it
     * was read. Returns whether the view has been read, for the bean to keep ({@code read = readOnceOr404(read, ...)}).
     */
    public static boolean readOnceOr404(boolean alreadyRead, Runnable read) throws IOException {
        if (alreadyRead || FacesContext.getCurrentInstance().isPostback()) {
            return alreadyRead;
        }
        readOr404(read);
        return true;
    }

    private record Handler<E extends RuntimeException>(Class<E> type, Consumer<? super E> action) {

        boolean handle(RuntimeException refused) {
            if (!type.isInstance(refused)) {
                return false;
            }
            action.accept(type.cast(refused));
            return true;
        }
    }
}
