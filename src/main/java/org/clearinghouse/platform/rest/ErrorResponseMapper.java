package org.clearinghouse.platform.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.AuthenticationRequiredException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.DatabaseUnavailable;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.errors.PayloadTooLargeException;
import org.clearinghouse.shared.errors.UnreadableInputException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;

/** Turns every exception that reaches the API into a problem; unexpected ones are logged with a reference. */
@Provider
public class ErrorResponseMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorResponseMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(thrown);
        if (tooLarge != null) {
            return ErrorResponse.of(Status.REQUEST_ENTITY_TOO_LARGE, tooLarge.getMessage())
                    .toResponse();
        }
        Throwable cause = unwrap(thrown);
        if (cause instanceof ValidationFailedException e) {
            return new ErrorResponse(
                            "about:blank",
                            "Invalid input",
                            422,
                            "The request has " + e.errors().size() + " invalid field(s); each is listed in errors.",
                            e.errors())
                    .toResponse();
        }
        if (cause instanceof ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(ErrorResponseMapper::fieldError)
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            return new ErrorResponse(
                            "about:blank",
                            "Invalid input",
                            422,
                            "The request has " + errors.size() + " invalid field(s); each is listed in errors.",
                            errors)
                    .toResponse();
        }
        if (cause instanceof UnreadableInputException e) {
            return ErrorResponse.of(Status.BAD_REQUEST, e.getMessage()).toResponse();
        }
        if (cause instanceof NotFoundException e) {
            return ErrorResponse.of(Status.NOT_FOUND, e.getMessage()).toResponse();
        }
        if (cause instanceof ConflictException e) {
            return ErrorResponse.of(Status.CONFLICT, e.getMessage()).toResponse();
        }
        if (cause instanceof OptimisticLockException) {
            return ErrorResponse.of(
                            Status.CONFLICT,
                            "Someone else changed this at the same moment. Reload it and apply your change again.")
                    .toResponse();
        }
        if (cause instanceof AuthenticationRequiredException e) {
            return Response.fromResponse(ErrorResponse.of(Status.UNAUTHORIZED, e.getMessage())
                            .toResponse())
                    .header("WWW-Authenticate", "Basic realm=\"clearinghouse\", charset=\"UTF-8\"")
                    .build();
        }
        if (cause instanceof AccessDeniedException e) {
            recordRefusal(e);
            return ErrorResponse.of(Status.FORBIDDEN, e.getMessage()).toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException || isJacksonError(cause)) {
            return JsonErrorMapper.problem(cause).toResponse();
        }
        if (cause instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Status known = Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            // the framework's own message names classes and addresses: the caller gets the status's words only
            return new ErrorResponse("about:blank", title, status, title + ".", List.of()).toResponse();
        }
        if (DatabaseUnavailable.isCauseOf(thrown)) {
            LOG.warning(() -> "The database cannot be reached: " + firstLine(thrown.getMessage()));
            return Response.fromResponse(ErrorResponse.of(
                                    Status.SERVICE_UNAVAILABLE,
                                    "The database cannot be reached at the moment; nothing was saved. Try again in "
                                            + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds.")
                            .toResponse())
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
        return ErrorResponse.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; nothing was saved. Quote reference " + reference
                                + " when reporting it.")
                .toResponse();
    }

    /** A signed-in caller refused (403) goes to the audit log: who, which method and path, from where, why. */
    private void recordRefusal(AccessDeniedException refusal) {
        try {
            String actor = request == null || request.getUserPrincipal() == null
                    ? null
                    : request.getUserPrincipal().getName();
            String subject = request == null ? null : request.getMethod() + " " + request.getRequestURI();
            String address = request == null ? null : request.getRemoteAddr();
            CDI.current()
                    .getBeanManager()
                    .getEvent()
                    .select(SecurityEvent.class)
                    .fire(new SecurityEvent(
                            SecurityEventType.ACCESS_REFUSED, actor, subject, address, refusal.getMessage()));
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "A refusal could not be written to the audit log", notRecorded);
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < 10 && current.getCause() != null && isWrapper(current); depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable thrown) {
        String name = thrown.getClass().getName();
        return name.startsWith("jakarta.ejb.")
                || name.startsWith("jakarta.transaction.")
                || thrown instanceof jakarta.persistence.RollbackException
                || (thrown instanceof ProcessingException
                        && thrown.getCause() != null
                        && (thrown.getCause() instanceof JsonbException || isJacksonError(thrown.getCause())))
                || name.equals("jakarta.enterprise.inject.CreationException");
    }

    /** Jackson's parse and mapping errors, recognised by name: the server's Jackson may not be the WAR's. */
    private static boolean isJacksonError(Throwable thrown) {
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("com.fasterxml.jackson.core.JacksonException")) {
                return true;
            }
        }
        return false;
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // strip the method and parameter of resource-method validation (create.arg0.amountUsd -> amountUsd)
        String[] parts = path.split("\\.");
        String field = parts.length > 2
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        return new FieldError(field, violation.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
