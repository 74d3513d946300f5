/**
 * Use cases of assistance requests: list, read, create, edit, submit, validate, return and withdraw, with the
 * object-level rules (a recipient acts only for its own State; donors read validated needs only) and one
 * transaction per use case.
 */
package org.clearinghouse.requests.application;
