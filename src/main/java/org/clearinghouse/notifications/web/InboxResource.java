package org.clearinghouse.notifications.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.notifications.application.InboxService;
import org.clearinghouse.notifications.application.InboxView;
import org.clearinghouse.platform.problem.FieldErrors;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's inbox: decisions needed from its party and changes of proposals involving it. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Entries for the caller's party (secretariat, recipient State or donor), newest first")
    public PageView<InboxView> list(@BeanParam PageParameters paging) {
        return PageView.of(inbox.inbox(caller, paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }
}
