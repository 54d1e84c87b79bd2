package org.yanhu.opendata.api.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a response body through, and keeps a copy of it while the copy stays within a limit. */
final class BodyCopy extends OutputStream {

    private final OutputStream out;
    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;

    BodyCopy(OutputStream out, int limit) {
        this.out = out;
        this.limit = limit;
    }

    /** What was written, or null if it grew past the limit. */
    byte[] bytes() {
        return overflowed ? null : copy.toByteArray();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (!overflowed && copy.size() < limit) {
            copy.write(b);
        } else {
            drop();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (!overflowed && copy.size() + len <= limit) {
            copy.write(b, off, len);
        } else {
            drop();
        }
    }

    private void drop() {
        overflowed = true;
        copy.reset();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
