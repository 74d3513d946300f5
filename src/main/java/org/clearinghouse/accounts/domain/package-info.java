/**
 * User accounts: username, PBKDF2 password hash (Jakarta Security {@code Pbkdf2PasswordHash} format, never plain
 * text), one role, the State or organisation a recipient or donor acts for, preferred locale. The identity store
 * reads table {@code user_account} directly (columns {@code username}, {@code password_hash}, {@code role},
 * {@code enabled}).
 */
package org.clearinghouse.accounts.domain;
