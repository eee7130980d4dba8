package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadedFilesTest {

    /** An endless body that counts what is taken from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }

    @Test
    void stopsReadingOneBytePastTheLimit() throws Exception {
        Endless body = new Endless();

        assertThat(UploadedFiles.readAtMost(body, 10L << 20, 0)).isNull();
        assertThat(body.read).isEqualTo((10L << 20) + 1);
    }

    @Test
    void keepsABodyUpToTheLimit() throws Exception {
        byte[] exact = TestFiles.random(4096, 3);

        assertThat(UploadedFiles.readAtMost(new java.io.ByteArrayInputStream(exact), 4096, 4096))
                .isEqualTo(exact);
        assertThat(UploadedFiles.readAtMost(new java.io.ByteArrayInputStream(exact), 4095, 1))
                .isNull();
    }
}
