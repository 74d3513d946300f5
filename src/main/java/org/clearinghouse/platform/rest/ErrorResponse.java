package org.clearinghouse.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clearinghouse.shared.errors.FieldError;

/**
 * The body of an HTTP error response: RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code title}, {@code status}, {@code detail}, plus {@code errors}, one entry
 * per bad field (the field's name in the request body, and a message a person understands).
 */
public record ErrorResponse(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static ErrorResponse of(Response.Status status, String detail) {
        return new ErrorResponse("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
