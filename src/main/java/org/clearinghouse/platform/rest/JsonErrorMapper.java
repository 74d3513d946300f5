package org.clearinghouse.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not of the expected shape, answered as a problem (400). More specific than
 * the JSON provider's own mapper, which would answer in plain JSON.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        return ErrorResponse.of(
                        Response.Status.BAD_REQUEST,
                        "The request body is not valid JSON of the expected shape" + where + ": "
                                + e.getOriginalMessage())
                .toResponse();
    }
}
