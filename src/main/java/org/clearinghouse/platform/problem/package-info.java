/**
 * Errors of the API as {@code application/problem+json} (RFC 9457): the exceptions the application services
 * throw, and the mappers that turn them, and the container's own failures, into problems that name every bad
 * field at once and never carry a stack trace.
 */
package org.clearinghouse.platform.problem;
