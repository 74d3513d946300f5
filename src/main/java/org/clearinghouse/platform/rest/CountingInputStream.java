package org.clearinghouse.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.clearinghouse.shared.errors.PayloadTooLargeException;

/** A request body that refuses, while it is read, to deliver more than its limit: the reader stops there. */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    CountingInputStream(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }
}
