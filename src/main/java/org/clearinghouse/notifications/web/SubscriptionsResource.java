package org.clearinghouse.notifications.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.notifications.application.SubscriptionService;
import org.clearinghouse.notifications.application.SubscriptionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling donor's own subscription to new validated needs (areas and regions; an empty list means all). */
@Tag(name = "Notifications")
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getSubscription",
            summary = "The calling donor's subscription (inactive with empty lists when it never subscribed)")
    @Extension(name = "x-problems", value = "403")
    public SubscriptionView get() {
        return subscriptions.get(caller);
    }

    @PUT
    @Operation(
            operationId = "replaceSubscription",
            summary = "Replaces the calling donor's subscription: {active, areas, regions}")
    @Extension(name = "x-problems", value = "403 422")
    public SubscriptionView put(SubscriptionView input) {
        return subscriptions.put(caller, input);
    }
}
