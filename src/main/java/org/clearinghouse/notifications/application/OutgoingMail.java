package org.clearinghouse.notifications.application;

/** One e-mail, already written in its addressee's language. */
public record OutgoingMail(String to, String subject, String body) {}
