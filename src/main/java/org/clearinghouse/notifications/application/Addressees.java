package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.shared.domain.Party;

/** The enabled accounts of a party that have an e-mail address. */
@ApplicationScoped
public class Addressees {

    @Inject
    UserAccountRepository accounts;

    public List<UserAccount> of(Party party, String code) {
        return accounts.findMailable(party, code);
    }
}
