package dev.shortlist.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate of {@code prefix + unit * count + suffix} in time independent of {@code count}: one
 * megabyte of units is compressed once, ended with a full flush so that it refers to nothing before
 * it, and the compressed block is repeated. Gigabytes of expansion cost a few milliseconds.
 */
final class Deflate {

    /**
     * @param data   raw deflate data (no zlib or gzip wrapper)
     * @param size   inflated size
     * @param crc32  CRC-32 of the inflated bytes (ZIP)
     * @param adler32 Adler-32 of the inflated bytes (zlib, PDF FlateDecode)
     */
    record Compressed(byte[] data, long size, long crc32, long adler32) {

        /** The zlib form a PDF FlateDecode filter reads. */
        byte[] zlib() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0x78);
            out.write(0xDA);
            out.writeBytes(data);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) adler32).array());
            return out.toByteArray();
        }
    }

    private Deflate() {}

    static Compressed repeated(byte[] prefix, byte[] unit, long count, byte[] suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        long size = 0;
        byte[] block = new byte[0];
        long perBlock = 1;
        if (count > 0) {
            perBlock = Math.max(1, (1 << 20) / unit.length);
            block = new byte[(int) (perBlock * unit.length)];
            for (int i = 0; i < perBlock; i++) {
                System.arraycopy(unit, 0, block, i * unit.length, unit.length);
            }
        }
        long blocks = count / perBlock;
        long rest = count % perBlock;

        out.writeBytes(segment(prefix, false));
        crc.update(prefix);
        adler.update(prefix);
        size += prefix.length;
        if (blocks > 0) {
            byte[] compressed = segment(block, false);
            for (long i = 0; i < blocks; i++) {
                out.writeBytes(compressed);
                crc.update(block);
                adler.update(block);
            }
            size += blocks * block.length;
        }
        byte[] tail = new byte[(int) (rest * unit.length) + suffix.length];
        for (int i = 0; i < rest; i++) {
            System.arraycopy(unit, 0, tail, i * unit.length, unit.length);
        }
        System.arraycopy(suffix, 0, tail, (int) (rest * unit.length), suffix.length);
        out.writeBytes(segment(tail, true));
        crc.update(tail);
        adler.update(tail);
        size += tail.length;
        return new Compressed(out.toByteArray(), size, crc.getValue(), adler.getValue());
    }

    static Compressed of(byte[] data) {
        return repeated(data, new byte[1], 0, new byte[0]);
    }

    /** Raw deflate blocks of {@code data}: the final block when {@code last}, else ending byte-aligned on a full flush. */
    private static byte[] segment(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
