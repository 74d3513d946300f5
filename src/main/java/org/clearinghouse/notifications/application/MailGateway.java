package org.clearinghouse.notifications.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the server's mail session {@code java:jboss/mail/Clearinghouse} (host, port, sender and
 * STARTTLS from {@code MAIL_HOST}, {@code MAIL_PORT}, {@code MAIL_FROM}, {@code MAIL_TLS}: see
 * {@code wildfly-config/configure-server.cli}); signs in with {@code MAIL_USER}/{@code MAIL_PASSWORD} when both are
 * set. Without {@code MAIL_HOST} nothing is sent, which is logged once at start.
 */
@ApplicationScoped
public class MailGateway {

    private static final Logger LOG = Logger.getLogger(MailGateway.class.getName());
    private static final String TIMEOUT_MS = "15000";

    @Resource(lookup = "java:jboss/mail/Clearinghouse")
    Session serverSession;

    @Inject
    @ConfigProperty(name = "MAIL_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "MAIL_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "MAIL_PASSWORD")
    Optional<String> password;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled()) {
            LOG.info("MAIL_HOST is not set: no e-mail will be sent; notifications go to the in-app inbox only.");
        } else {
            LOG.info(() -> "E-mail notifications are sent through " + host.orElseThrow());
        }
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one mail (plain text, UTF-8); does nothing when mail is off. */
    public void send(OutgoingMail mail) throws MessagingException {
        if (!enabled()) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(serverSession.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MS);
        properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MS);
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        String u = user.filter(s -> !s.isBlank()).orElse(null);
        String p = password.orElse(null);
        if (u != null && p != null) {
            Transport.send(message, u, p);
        } else {
            Transport.send(message);
        }
    }
}
