package org.clearinghouse.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the test server's mail session sends to ({@code it.smtp.port}, the build reserves it), started
 * before a test class and stopped after it: {@code @RegisterExtension static final TestMailServer SMTP = ...}.
 */
public final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

    private GreenMail smtp;

    @Override
    public void beforeAll(ExtensionContext context) {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Every message received so far. */
    public MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }
}
