package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.clearinghouse.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §6: bodies are bounded before they are parsed, and an upload's caller is checked before its body is
 * read. Spoken over a raw socket, so that the test sees whether the server answered before the client finished
 * sending: the server must answer while most of the body is still unsent.
 */
class BodyLimitsIT {

    private static final int TEN_MB = 10_000_000;
    private static final int MIB = 1024 * 1024;

    @Test
    void anAnonymousTenMegabyteUploadIsRefusedWith401BeforeItIsRead() throws IOException {
        Exchange answer = exchange("POST", "/api/v1/imports/requests", null, "text/csv", TEN_MB, false, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 401 ");
        assertThat(answer.text()).contains("application/problem+json");
        assertThat(answer.bytesSent()).as("bytes sent before the answer came").isLessThan(TEN_MB / 2);
    }

    @Test
    void anAnonymousProblemImportIsRefusedWith401BeforeItIsRead() throws IOException {
        Exchange answer =
                exchange("POST", "/api/v1/matching/problem", null, "application/json", TEN_MB, false, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 401 ");
        assertThat(answer.bytesSent()).isLessThan(TEN_MB / 2);
    }

    @Test
    void aDonorsUploadIsRefusedWith403BeforeItIsRead() throws IOException {
        Exchange answer =
                exchange("POST", "/api/v1/imports/requests", "donor.DEU", "text/csv", TEN_MB, false, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 403 ");
        assertThat(answer.bytesSent()).isLessThan(TEN_MB / 2);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedWith413AtOnce() throws IOException {
        Exchange answer =
                exchange("POST", "/api/v1/requests", "recipient.NER", "application/json", 5 * MIB, false, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 413 ");
        assertThat(answer.text()).contains("application/problem+json", "1 MiB");
        assertThat(answer.bytesSent()).isLessThan(5 * MIB / 2);
    }

    @Test
    void aChunkedBodyIsCountedWhileReadAndRefusedWith413() throws IOException {
        Exchange answer = exchange("POST", "/api/v1/offers", "donor.DEU", "application/json", 3 * MIB, true, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 413 ");
        assertThat(answer.text()).contains("application/problem+json");
    }

    @Test
    void anImportOverItsLimitIsRefusedWith413() throws IOException {
        Exchange answer =
                exchange("POST", "/api/v1/imports/requests", "secretariat", "text/csv", 11 * MIB, false, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 413 ");
        assertThat(answer.text()).contains("application/problem+json", "10 MiB");
    }

    @Test
    void aChunkedImportIsCountedWhileReadAndRefusedWith413() throws IOException {
        Exchange answer =
                exchange("POST", "/api/v1/imports/requests", "secretariat", "text/csv", 11 * MIB, true, 64 * 1024);

        assertThat(answer.statusLine()).contains(" 413 ");
        assertThat(answer.text()).contains("application/problem+json", "10 MiB");
    }

    /** What came back, and how much of the body had been sent when the answer's first line arrived. */
    record Exchange(String statusLine, String text, long bytesSent) {}

    /**
     * Sends the head, then the body (a JSON-ish filler) in pieces from a second thread while reading the answer on
     * this one; stops sending once the answer has come.
     */
    private static Exchange exchange(
            String method, String path, String user, String type, int length, boolean chunked, int piece)
            throws IOException {
        if (user != null) {
            // the password's check (about a second) is remembered for minutes: the answer then comes at once
            ApiClient.as(user).get("/api/v1/me/tokens");
        }
        URI base = URI.create(ApiClient.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + base.getPath() + path + " HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\nContent-Type: ")
                    .append(type)
                    .append("\r\nAccept: application/json\r\n");
            if (user != null) {
                head.append("Authorization: Basic ")
                        .append(Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                    .append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> sendBody(out, length, chunked, piece, sent));
            sender.setDaemon(true);
            sender.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            String statusLine = null;
            long sentAtAnswer = -1;
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (sentAtAnswer < 0) {
                    sentAtAnswer = sent.get();
                }
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                if (statusLine == null && text.contains("\r\n")) {
                    statusLine = text.substring(0, text.indexOf("\r\n"));
                }
                if (text.contains("\r\n\r\n") && text.contains("}")) {
                    break;
                }
            }
            sender.interrupt();
            return new Exchange(String.valueOf(statusLine), answer.toString(StandardCharsets.UTF_8), sentAtAnswer);
        }
    }

    private static void sendBody(OutputStream out, int length, boolean chunked, int piece, AtomicLong sent) {
        byte[] filler = new byte[piece];
        Arrays.fill(filler, (byte) 'a');
        // JSON that stays valid until the limit is passed: one string that never ends
        byte[] first = filler.clone();
        byte[] start = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, first, 0, start.length);
        try {
            while (sent.get() < length && !Thread.currentThread().isInterrupted()) {
                int n = (int) Math.min(piece, length - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(sent.get() == 0 ? first : filler, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(sent.get() == 0 ? first : filler, 0, n);
                }
                out.flush();
                sent.addAndGet(n);
                Thread.sleep(10);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException | InterruptedException stopped) {
            // the server answered and closed, or the test has its answer
        }
    }
}
