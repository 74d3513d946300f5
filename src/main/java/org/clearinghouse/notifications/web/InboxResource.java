package org.clearinghouse.notifications.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.notifications.application.InboxService;
import org.clearinghouse.notifications.application.InboxView;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's inbox: decisions needed from its party, changes of proposals involving it, reminders of quiet requests
 * and new needs that fit its subscription; texts in the language of the caller's account.
 */
@Tag(name = "Notifications")
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listInbox",
            summary = "Entries for the caller's party (secretariat, recipient State or donor), newest first;"
                    + " ?unread=true for the unread ones only")
    @Extension(name = "x-problems", value = "403")
    public PageView<InboxView> list(
            @BeanParam PageParameters paging, @QueryParam("unread") @DefaultValue("false") boolean unreadOnly) {
        FieldErrors errors = new FieldErrors();
        var page = paging.toPageRequest(Set.of(), Map.of(), errors);
        errors.throwIfAny();
        return PageView.of(inbox.inbox(caller, page, unreadOnly));
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadInbox", summary = "How many of the caller's party's entries are unread")
    @Extension(name = "x-problems", value = "403")
    public Map<String, Long> unreadCount() {
        caller.requireSignedIn();
        return Map.of("unread", inbox.unreadCount(caller));
    }

    @POST
    @Path("{id}/read")
    @Operation(
            operationId = "markInboxEntryRead",
            summary = "Marks one entry read (for the whole party); 404 if there is none, 403 if it is another's")
    @Extension(name = "x-problems", value = "403")
    public InboxView markRead(@PathParam("id") long id) {
        return inbox.markRead(caller, id);
    }

    @POST
    @Path("read-all")
    @Operation(
            operationId = "markAllInboxEntriesRead",
            summary = "Marks every unread entry of the caller's party read; answers how many there were")
    @Extension(name = "x-problems", value = "403")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead(caller));
    }
}
