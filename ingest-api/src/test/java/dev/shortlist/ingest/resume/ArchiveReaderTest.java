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
}
