package dev.schemactl.policy.ssh;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The SSH wire encoding (RFC 4251 §5): uint32, string, mpint, byte. Reading past the end is a {@link Malformed}. */
final class SshWire {
    private SshWire() {
    }

    /** A blob that does not decode. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    static final class Reader {
        private final byte[] data;
        private int pos;

        Reader(byte[] data) {
            this.data = data;
        }

        int uint32() throws Malformed {
            need(4);
            int v = ((data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8) | (data[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        int uint8() throws Malformed {
            need(1);
            return data[pos++] & 0xff;
        }

        byte[] bytes(int n) throws Malformed {
            need(n);
            byte[] out = Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        byte[] string() throws Malformed {
            int len = uint32();
            if (len < 0) throw new Malformed("string length out of range");
            return bytes(len);
        }

        String utf8() throws Malformed {
            return new String(string(), StandardCharsets.UTF_8);
        }

        /** A non-negative mpint (the only kind keys and signatures use). */
        BigInteger positiveMpint() throws Malformed {
            byte[] raw = string();
            if (raw.length > 0 && (raw[0] & 0x80) != 0) throw new Malformed("negative mpint");
            return new BigInteger(1, raw);
        }

        boolean atEnd() {
            return pos == data.length;
        }

        void end() throws Malformed {
            if (!atEnd()) throw new Malformed((data.length - pos) + " trailing bytes");
        }

        private void need(int n) throws Malformed {
            if (n < 0 || data.length - pos < n) throw new Malformed("truncated");
        }
    }

    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer uint32(int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
            return this;
        }

        Writer uint8(int v) {
            out.write(v);
            return this;
        }

        Writer raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        Writer string(byte[] b) {
            return uint32(b.length).raw(b);
        }

        Writer string(String s) {
            return string(s.getBytes(StandardCharsets.UTF_8));
        }

        Writer mpint(BigInteger v) {
            return string(v.signum() == 0 ? new byte[0] : v.toByteArray());
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
