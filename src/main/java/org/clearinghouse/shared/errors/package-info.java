/**
 * The errors an application service reports to its caller: a record that does not exist or may not be seen
 * ({@code NotFoundException}), a refusal ({@code AccessDeniedException}), a stale or impossible change
 * ({@code ConflictException}), bad fields ({@code ValidationFailedException}, {@code FieldErrors}). The web layer
 * turns them into HTTP responses ({@code platform.rest.ErrorResponseMapper}: RFC 9457 problem details).
 */
package org.clearinghouse.shared.errors;
