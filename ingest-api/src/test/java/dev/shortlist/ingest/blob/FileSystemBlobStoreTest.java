package dev.shortlist.ingest.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void storesContentUnderItsHashAndReadsItBack() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] content = "abc".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.put(content);

        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(blob).isEqualTo(new StoredBlob("file:sha256/ba/78/" + sha, sha, 3));
        assertThat(Files.readAllBytes(root.resolve("sha256/ba/78/" + sha))).isEqualTo(content);
        try (InputStream in = store.open(blob.blobRef())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.exists(blob.blobRef())).isTrue();
    }

    @Test
    void storingTheSameContentTwiceKeepsOneFileAndNoTemporaries() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        StoredBlob first = store.put(new byte[] {1, 2, 3});
        StoredBlob second = store.put(new byte[] {1, 2, 3});

        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo(first.sha256()));
        }
    }

    @Test
    void concurrentPutsOfTheSameContentStoreItOnce() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] content = "the same resume".getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoredBlob>> puts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                puts.add(pool.submit(() -> store.put(content)));
            }
            for (Future<StoredBlob> put : puts) {
                assertThat(put.get(10, TimeUnit.SECONDS).sha256()).isEqualTo(FileSystemBlobStore.sha256Hex(content));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile))
                    .singleElement()
                    .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(content));
        }
    }

    @Test
    void refusesReferencesThatAreNotContentAddresses() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        assertThatThrownBy(() -> store.open("file:../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists("file:sha256/00/00/" + "0".repeat(64))).isFalse();
    }
}
