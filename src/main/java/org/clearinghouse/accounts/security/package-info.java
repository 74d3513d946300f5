/**
 * Who is calling: one authentication mechanism for the pages (form sign-in kept in the HTTP session, checked against
 * the account's security stamp on every request) and the API (personal API token or HTTP Basic on every call, no
 * session); the password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations), the throttle of failed sign-ins, and the
 * short-lived memory of verified passwords.
 */
package org.clearinghouse.accounts.security;
