package org.clearinghouse.notifications.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a transaction's e-mails once it has committed (never for a rolled-back decision), in the background so that
 * a slow or failing mail server never delays or breaks the decision; failures are logged.
 */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailGateway gateway;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsToSend mails) {
        if (!gateway.enabled() || mails.mails().isEmpty()) {
            return;
        }
        try {
            executor.submit(() -> mails.mails().forEach(this::sendOne));
        } catch (RuntimeException rejected) {
            LOG.log(Level.WARNING, "E-mail notifications could not be queued", rejected);
        }
    }

    private void sendOne(OutgoingMail mail) {
        try {
            gateway.send(mail);
        } catch (Exception failure) {
            LOG.log(Level.WARNING, "E-mail to " + mail.to() + " (" + mail.subject() + ") failed: " + failure);
        }
    }
}
