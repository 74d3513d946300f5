package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clearinghouse.accounts.domain.UserAccountRepository;

/** Replaces a password hash made with older settings by one of today's strength, in its own transaction. */
@ApplicationScoped
public class PasswordUpgrade {

    @Inject
    UserAccountRepository accounts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replace(String username, String oldHash, String newHash) {
        accounts.upgradePasswordHash(username, oldHash, newHash);
    }
}
