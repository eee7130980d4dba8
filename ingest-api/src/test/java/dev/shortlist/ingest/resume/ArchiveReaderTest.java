package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {

    private final ArchiveReader reader = new ArchiveReader(new ArchiveReader.Limits(20, 30L << 20, 100, 10L << 20));

    @Test
    void expandsFilesOfAnArchiveIgnoringDirectories() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cvs/", new byte[0]);
        entries.put("cvs/alice.pdf", TestFiles.pdf("alice"));
        entries.put("bob.pdf", TestFiles.pdf("bob"));

        List<ArchiveReader.Entry> files = reader.read(TestFiles.zip(entries));

        assertThat(files).extracting(ArchiveReader.Entry::fileName).containsExactly("alice.pdf", "bob.pdf");
        assertThat(files.get(0).content()).isEqualTo(TestFiles.pdf("alice"));
    }

    @Test
    void rejectsTraversalEntriesButKeepsTheOthers() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../etc/cron.d/evil.pdf", TestFiles.pdf("evil"));
        entries.put("good.pdf", TestFiles.pdf("good"));

        List<ArchiveReader.Entry> files = reader.read(TestFiles.zip(entries));

        assertThat(files)
                .extracting(ArchiveReader.Entry::fileName, ArchiveReader.Entry::rejection)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "../../etc/cron.d/evil.pdf", RejectionReason.PATH_TRAVERSAL),
                        org.assertj.core.groups.Tuple.tuple("good.pdf", null));
        assertThat(ArchiveReader.isTraversal("/etc/passwd")).isTrue();
        assertThat(ArchiveReader.isTraversal("C:\\Windows\\x.pdf")).isTrue();
        assertThat(ArchiveReader.isTraversal("a/..b/c.pdf")).isFalse();
    }

    @Test
    void stopsInflatingAZipBomb() {
        byte[] bomb = TestFiles.zipBomb(50 << 20);

        assertThatThrownBy(() -> reader.read(bomb))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB));
    }

    @Test
    void refusesTooManyEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            entries.put("r" + i + ".pdf", TestFiles.pdf("r" + i));
        }
        assertThatThrownBy(() -> reader.read(TestFiles.zip(entries)))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB));
    }

    @Test
    void refusesEncryptedArchives() {
        assertThatThrownBy(() -> reader.read(TestFiles.encryptedZip()))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.ENCRYPTED_ARCHIVE));
    }

    @Test
    void refusesBytesThatAreNotAnArchive() {
        assertThatThrownBy(() -> reader.read(TestFiles.pdf("not a zip")))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.CORRUPT_ARCHIVE));
    }

    @Test
    void refusesOneEntryThatExpandsFarBeyondItsCompressedSize() {
        // The archive as a whole stays under its ratio (the random entries do not compress); the entry does not.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.pdf", TestFiles.random(3 << 20, 1));
        entries.put("b.pdf", TestFiles.random(3 << 20, 2));
        entries.put("zeros.pdf", new byte[5 << 20]);

        assertThatThrownBy(() -> reader.read(TestFiles.zip(entries)))
                .isInstanceOfSatisfying(ArchiveReader.ArchiveRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "The archive: entry 'zeros.pdf' expands more than 100 times its compressed size.");
                });
    }

    @Test
    void refusesEntriesWithControlCharactersInTheirNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cv\u0000.pdf.exe", TestFiles.pdf("nul"));
        entries.put("bell\u0007.pdf", TestFiles.pdf("bell"));
        entries.put("fine.pdf", TestFiles.pdf("fine"));

        List<ArchiveReader.Entry> files = reader.read(TestFiles.zip(entries));

        assertThat(files)
                .extracting(ArchiveReader.Entry::fileName, ArchiveReader.Entry::rejection)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cv\\u0000.pdf.exe", RejectionReason.INVALID_FILE_NAME),
                        org.assertj.core.groups.Tuple.tuple("bell\\u0007.pdf", RejectionReason.INVALID_FILE_NAME),
                        org.assertj.core.groups.Tuple.tuple("fine.pdf", null));
    }

    @Test
    void anEntryNameThatIsNotUtf8MakesTheArchiveCorruptNotAnError() {
        byte[] zip = TestFiles.zip(Map.of("abc.pdf", TestFiles.pdf("x")));
        // Overwrite the name's bytes in both headers with an invalid UTF-8 sequence.
        for (int i = 0; i + 7 <= zip.length; i++) {
            if (zip[i] == 'a' && zip[i + 1] == 'b' && zip[i + 2] == 'c' && zip[i + 3] == '.') {
                zip[i] = (byte) 0xC3;
                zip[i + 1] = (byte) 0x28;
            }
        }
        assertThatThrownBy(() -> reader.read(zip))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.CORRUPT_ARCHIVE));
    }

    @Test
    void anEntryTheCentralDirectoryListsButAStreamingReaderCannotSeeMakesTheArchiveCorrupt() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("visible.pdf", TestFiles.pdf("visible"));
        entries.put("hidden.pdf", TestFiles.pdf("hidden"));
        byte[] zip = TestFiles.zip(entries);
        // Break the second local header's signature: a streaming reader stops there, the directory still lists it.
        int second = -1;
        for (int i = 1; i + 4 <= zip.length && second < 0; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                second = i;
            }
        }
        zip[second + 2] = 7;

        assertThatThrownBy(() -> reader.read(zip))
                .isInstanceOfSatisfying(ArchiveReader.ArchiveRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.CORRUPT_ARCHIVE);
                    assertThat(e.getMessage())
                            .isEqualTo("The archive's central directory lists 2 entries but 1 were"
                                    + " found before it, or other names.");
                });
    }

    @Test
    void aTruncatedArchiveIsCorrupt() {
        byte[] zip = TestFiles.zip(Map.of("cv.pdf", TestFiles.pdf("cut")));

        assertThatThrownBy(() -> reader.read(java.util.Arrays.copyOf(zip, zip.length - 30)))
                .isInstanceOfSatisfying(
                        ArchiveReader.ArchiveRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.CORRUPT_ARCHIVE));
    }
}
