/**
 * Notifications: writes inbox entries (as bundle keys with arguments) when a proposal changes state, when a validated
 * request fits a donor's subscription, and for requests quiet for 12 months (a daily job on an injectable clock);
 * reads the inbox in the reader's language; sends the matching e-mails through the server's mail session, in each
 * addressee's language, only after the transaction commits.
 */
package org.clearinghouse.notifications.application;
