/**
 * User accounts: username, PBKDF2 password hash (the self-describing format {@code algorithm:iterations:salt:hash},
 * never plain text), one role, the State or organisation a recipient or donor acts for, preferred locale, and the
 * security stamp that ends open sessions when it changes; personal API tokens (stored as SHA-256 hashes).
 */
package org.clearinghouse.accounts.domain;
