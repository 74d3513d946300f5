/**
 * Who is calling: the database identity store (salted PBKDF2 hashes in {@code user_account}) and one
 * authentication mechanism that serves both the pages (form sign-in kept in the HTTP session) and the API
 * (HTTP Basic on every call, no session).
 */
package org.clearinghouse.accounts.security;
