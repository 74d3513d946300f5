package org.clearinghouse.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.PayloadTooLargeException;

/**
 * A request body that is not JSON, or not of the expected shape, answered as a problem (400). More specific than
 * the JSON provider's own mapper, which would answer in plain JSON. The parser's own message names Java types and
 * echoes the input, so the caller gets where (line, column, field) and what kind of problem, in our words.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    private static final String NOT_JSON = "The request body is not valid JSON of the expected shape";

    @Override
    public Response toResponse(JsonProcessingException e) {
        // the parser wraps what the body stream throws: a body over its limit is still a 413
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
        if (tooLarge != null) {
            return ErrorResponse.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLarge.getMessage())
                    .toResponse();
        }
        return problem(e).toResponse();
    }

    /** The problem for any error of reading JSON (Jackson's, JSON-B's, or the framework's wrapping of them). */
    static ErrorResponse problem(Throwable thrown) {
        if (!(thrown instanceof JsonProcessingException e)) {
            return ErrorResponse.of(Response.Status.BAD_REQUEST, NOT_JSON + ".");
        }
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String what;
        if (e instanceof JsonParseException || field.isEmpty()) {
            what = "it is not well-formed JSON, or not an object of the expected fields.";
        } else if (e instanceof UnrecognizedPropertyException) {
            what = "'" + field + "' is not a field of this body.";
        } else {
            what = "'" + field + "' holds a value of the wrong kind (a text, number, list or object where another is"
                    + " expected, or a number too large).";
        }
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, what));
        return new ErrorResponse(
                "about:blank",
                Response.Status.BAD_REQUEST.getReasonPhrase(),
                400,
                NOT_JSON + where + ": " + what,
                errors);
    }

    /** {@code excludedStates[2]} or {@code areas}: the JSON path of the bad value, field names and indexes only. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(shortened(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String shortened(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }
}
