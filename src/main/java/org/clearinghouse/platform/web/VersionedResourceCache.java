package org.clearinghouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps in memory what the resource handler answered for a versioned resource (its address names its version, so it
 * never changes), and answers the next request for it from memory. The resource handler reads PrimeFaces' style
 * sheets through an EL evaluator on every request ({@code components.css}: about 0.2 s of CPU each time), which a
 * first visit pays for every page's style sheets and scripts. Only whole answers (200) to plain GETs are kept; a
 * conditional request goes to the resource handler. The answer from memory says so in {@code Server-Timing}.
 */
final class VersionedResourceCache {

    static final int MAX_ENTRIES = 300;
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** All kept bodies together: PrimeFaces' and the application's resources take about 3 MB. */
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    static final String HIT = "resource-cache;desc=hit";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    /** A resource as the resource handler answered it. */
    private record Entry(String contentType, String lastModified, byte[] body) {}

    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())
                || !onlyResourceParameters(request.getQueryString())
                || request.getHeader("If-Modified-Since") != null
                || request.getHeader("If-None-Match") != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString();
        Entry entry = entries.get(key);
        if (entry != null) {
            response.setContentType(entry.contentType());
            if (entry.lastModified() != null) {
                response.setHeader("Last-Modified", entry.lastModified());
            }
            response.addHeader("Server-Timing", HIT);
            response.setContentLength(entry.body().length);
            response.getOutputStream().write(entry.body());
            return;
        }
        Recording recording = new Recording(response);
        chain.doFilter(request, recording);
        recording.flushWriter();
        if (response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentType() != null
                && !recording.overflowed()
                && entries.size() < MAX_ENTRIES
                && keptBytes.addAndGet(recording.size()) <= MAX_TOTAL_BYTES) {
            entries.putIfAbsent(
                    key, new Entry(response.getContentType(), response.getHeader("Last-Modified"), recording.bytes()));
        }
    }

    /**
     * Only the addresses the resource handler writes ({@code ln} and {@code v}) are kept, so that a caller adding
     * other parameters cannot fill the memory with copies of one resource.
     */
    static boolean onlyResourceParameters(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (!parameter.startsWith("ln=") && !parameter.startsWith("v=")) {
                return false;
            }
        }
        return true;
    }

    /** Passes the answer on as it is written, keeping a copy of its body (up to {@link #MAX_BYTES}). */
    private static final class Recording extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            super.flushBuffer();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        private void keep(byte[] b, int off, int len) {
            if (overflowed || copy.size() + len > MAX_BYTES) {
                overflowed = true;
                return;
            }
            copy.write(b, off, len);
        }

        boolean overflowed() {
            return overflowed;
        }

        int size() {
            return copy.size();
        }

        byte[] bytes() {
            return copy.toByteArray();
        }
    }
}
