package org.clearinghouse.notifications.application;

import java.util.List;

/** The e-mails of a transaction's notices; sent only once that transaction has committed. */
public record MailsToSend(List<OutgoingMail> mails) {}
