package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Accounts and their role live in the application's own database; passwords as salted PBKDF2 hashes. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/ClearinghouseDS",
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT role FROM user_account WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=" + PasswordHashing.ALGORITHM,
            "Pbkdf2PasswordHash.Iterations=" + PasswordHashing.ITERATIONS,
            "Pbkdf2PasswordHash.SaltSizeBytes=" + PasswordHashing.SALT_BYTES,
            "Pbkdf2PasswordHash.KeySizeBytes=" + PasswordHashing.KEY_BYTES
        })
@ApplicationScoped
public class IdentityStoreConfiguration {}
