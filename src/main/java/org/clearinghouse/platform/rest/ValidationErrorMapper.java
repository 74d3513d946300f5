package org.clearinghouse.platform.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation's exceptions answered like every other error ({@link ErrorResponseMapper}: 422 naming the fields).
 * Without this, the framework's own mapper for {@link ValidationException}, more specific than ours for
 * {@code Throwable}, would answer a violation raised outside a resource method (while writing to the database) with
 * 500 and the exception's text.
 */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ValidationException> {

    private final ErrorResponseMapper errors = new ErrorResponseMapper();

    @Override
    public Response toResponse(ValidationException e) {
        return errors.toResponse(e);
    }
}
