package org.clearinghouse.shared.errors;

/** One bad field: its name in the request body (or form), and a message a person understands. */
public record FieldError(String field, String message) {}
