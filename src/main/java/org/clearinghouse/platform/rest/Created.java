package org.clearinghouse.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created a resource: 201, its address below the collection's, and its view. */
public final class Created {

    private Created() {}

    /** 201 Created with {@code Location: <collection>/<id>} and {@code view} as the body. */
    public static Response at(UriInfo uri, long id, Object view) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(view)
                .build();
    }
}
