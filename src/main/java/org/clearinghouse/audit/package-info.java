/**
 * The audit log: an append-only record of security events (failed and throttled sign-ins, role, binding, enabled
 * and password changes, API tokens made and revoked, refused access), fired by the other features as
 * {@code shared.security.SecurityEvent} and read by administrators (page {@code admin/audit.xhtml}, API
 * {@code /api/v1/audit}, CSV export).
 */
package org.clearinghouse.audit;
