package org.clearinghouse.platform.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Server time of every page and ajax request, for people measuring speed: the response carries
 * {@code Server-Timing: app;dur=<milliseconds>, cpu;dur=<milliseconds>} (wall time, and CPU time of the
 * request's thread: the machine's load shows in the first, not in the second) (browsers show it in the developer tools' timing tab, scripts read it
 * from {@code performance.getEntriesByType('navigation')[0].serverTiming}), and the log a FINE line. The page is kept
 * in the response buffer (1 MiB) until it is rendered, so the header can still be written; a larger page is sent
 * as it comes and has no header.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ServerTimingFilter.class.getName());
    private static final int BUFFER = 1 << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        response.setBufferSize(BUFFER);
        chain.doFilter(request, new HeldResponse(response));
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (cpuNanos() - cpuStart) / 1e6;
        if (!response.isCommitted()) {
            response.setHeader(
                    "Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f, cpu;dur=%.1f", millis, cpuMillis));
        }
        LOG.log(
                Level.FINE,
                () -> String.format(
                        Locale.ROOT,
                        "%s %s %.1f ms (CPU %.1f ms)",
                        request.getMethod(),
                        request.getRequestURI(),
                        millis,
                        cpuMillis));
    }

    /** CPU time of this thread (the database's own work is not in it), or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /**
     * Passes everything on except the explicit flushes and smaller buffer sizes, which would send the headers before
     * the page is done.
     */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private PrintWriter writer;
        private ServletOutputStream stream;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // sent when the request ends
        }

        @Override
        public void setBufferSize(int size) {
            // Facelets asks for its own, small buffer (FACELETS_BUFFER_SIZE): keep the larger one
            super.setBufferSize(Math.max(size, BUFFER));
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new FilterWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        // sent when the request ends
                    }
                });
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
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
    }
}
