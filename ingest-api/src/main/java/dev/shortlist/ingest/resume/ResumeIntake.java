package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.blob.BlobStore;
import dev.shortlist.ingest.blob.StoredBlob;
import dev.shortlist.ingest.system.EventLogUnavailableException;
import dev.shortlist.ingest.system.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, file by file, whether an upload is taken: checks size and content type, expands ZIPs
 * (batches only), checks every document for active content and its containers recursively
 * ({@link ContainerInspector}), stores accepted bytes in the blob store (before any event is written: an event
 * never points at a missing blob) and resolves duplicates of content the organization already
 * uploaded. Knows nothing about HTTP or Kafka.
 */
public final class ResumeIntake {

    private final ContentInspector inspector;
    private final ArchiveReader archives;
    private final ContainerInspector containers;
    private final BlobStore blobs;
    private final ResumeIndex index;
    private final Ids ids;
    private final long maxFileBytes;

    public ResumeIntake(
            ContentInspector inspector,
            ArchiveReader archives,
            ContainerInspector containers,
            BlobStore blobs,
            ResumeIndex index,
            Ids ids,
            long maxFileBytes) {
        this.inspector = inspector;
        this.archives = archives;
        this.containers = containers;
        this.blobs = blobs;
        this.index = index;
        this.ids = ids;
        this.maxFileBytes = maxFileBytes;
    }

    /** What happened to one file. */
    public sealed interface Outcome permits Accepted, Rejected {
        String fileName();
    }

    /**
     * @param resumeId    the resume the file is (new, or the existing one for a duplicate)
     * @param duplicateOf the existing resume with the same content, or {@code null} for a new resume
     * @param claimed     whether this upload claimed the content (and must release it if not written)
     */
    public record Accepted(
            String fileName, String resumeId, String duplicateOf, String mediaType, StoredBlob blob, boolean claimed)
            implements Outcome {
        public boolean isDuplicate() {
            return duplicateOf != null;
        }
    }

    public record Rejected(String fileName, RejectionReason reason, String detail) implements Outcome {}

    /**
     * A file as received: its name (only reported back, never trusted) and bytes.
     *
     * @param content  the bytes, or {@code null} when the file was larger than the limit it was
     *                 read with (it was never read further)
     * @param size     bytes received, or a lower bound when {@code content} is {@code null}
     */
    public record Upload(String fileName, byte[] content, long size) {

        public Upload(String fileName, byte[] content) {
            this(fileName, content, content.length);
        }

        /** A file known only to be larger than the limit; its bytes were not kept. */
        public static Upload tooLarge(String fileName, long sizeAtLeast) {
            return new Upload(fileName, null, sizeAtLeast);
        }

        public boolean isTooLarge() {
            return content == null;
        }
    }

    /** A single upload: archives are refused. */
    public Outcome acceptOne(String organizationId, Upload upload) {
        Rejected size = upload.isTooLarge() ? tooLarge(upload.fileName()) : checkSize(upload.fileName(), upload.size());
        if (size != null) {
            return size;
        }
        ContentInspector.Inspection inspection = inspector.inspect(upload.content());
        return switch (inspection.kind()) {
            case DOCUMENT -> checkAndStore(organizationId, upload, inspection.mediaType(), 1);
            case ACTIVE_CONTENT -> macros(upload.fileName(), inspection.mediaType());
            case ZIP, OTHER_ARCHIVE ->
                new Rejected(
                        upload.fileName(),
                        RejectionReason.ARCHIVE_NOT_ALLOWED,
                        "Upload archives (" + inspection.mediaType() + ") to /api/v1/batches.");
            case EXECUTABLE ->
                new Rejected(
                        upload.fileName(),
                        RejectionReason.EXECUTABLE,
                        "The content is an executable (" + inspection.mediaType() + "), whatever the file name says.");
            case UNSUPPORTED -> unsupported(upload.fileName(), inspection.mediaType());
        };
    }

    /**
     * The files of a batch, ZIPs expanded (one level: an archive inside an archive is refused).
     * Returns one outcome per file, in upload order; the caller enforces batch-wide limits.
     */
    public List<Outcome> acceptBatch(String organizationId, List<Upload> uploads) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.isTooLarge()) {
                outcomes.add(tooLarge(upload.fileName()));
                continue;
            }
            if (upload.content().length == 0) {
                outcomes.add(new Rejected(upload.fileName(), RejectionReason.EMPTY_FILE, "The file has no content."));
                continue;
            }
            ContentInspector.Inspection inspection = inspector.inspect(upload.content());
            if (inspection.kind() == ContentInspector.Kind.ZIP) {
                expand(organizationId, upload, outcomes);
            } else {
                outcomes.add(acceptOne(organizationId, upload));
            }
        }
        return outcomes;
    }

    /** Undoes the duplicate-index claims of outcomes whose events could not be written. */
    public void release(String organizationId, List<? extends Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Accepted accepted && accepted.claimed()) {
                index.release(organizationId, accepted.blob().sha256(), accepted.resumeId());
            }
        }
    }

    private void expand(String organizationId, Upload archive, List<Outcome> outcomes) {
        List<ArchiveReader.Entry> entries;
        try {
            entries = archives.read(archive.content());
        } catch (ArchiveReader.ArchiveRejectedException e) {
            outcomes.add(new Rejected(archive.fileName(), e.reason(), e.getMessage()));
            return;
        }
        for (ArchiveReader.Entry entry : entries) {
            String name = archive.fileName() + "!/" + entry.fileName();
            if (entry.isRejected()) {
                outcomes.add(new Rejected(name, entry.rejection(), entry.detail()));
                continue;
            }
            Rejected size = checkSize(name, entry.content().length);
            if (size != null) {
                outcomes.add(size);
                continue;
            }
            ContentInspector.Inspection inspection = inspector.inspect(entry.content());
            outcomes.add(
                    switch (inspection.kind()) {
                        case DOCUMENT ->
                            checkAndStore(organizationId, new Upload(name, entry.content()), inspection.mediaType(), 2);
                        case ACTIVE_CONTENT -> macros(name, inspection.mediaType());
                        case ZIP, OTHER_ARCHIVE ->
                            new Rejected(
                                    name,
                                    RejectionReason.NESTED_ARCHIVE,
                                    "An archive (" + inspection.mediaType() + ") inside an archive is not expanded.");
                        case EXECUTABLE ->
                            new Rejected(
                                    name,
                                    RejectionReason.EXECUTABLE,
                                    "The content is an executable (" + inspection.mediaType() + ").");
                        case UNSUPPORTED -> unsupported(name, inspection.mediaType());
                    });
        }
    }

    private Rejected tooLarge(String fileName) {
        return new Rejected(
                fileName,
                RejectionReason.FILE_TOO_LARGE,
                "The file is larger than the per-file limit of " + Sizes.describe(maxFileBytes) + ".");
    }

    private static Rejected macros(String fileName, String mediaType) {
        return new Rejected(
                fileName,
                RejectionReason.ACTIVE_CONTENT,
                "The content is a macro-enabled document (" + mediaType + "), whatever the file name says.");
    }

    /** @param depth 1 for an uploaded file, 2 for a file inside an uploaded ZIP */
    private Outcome checkAndStore(String organizationId, Upload upload, String mediaType, int depth) {
        Rejected rejected = containers.check(upload.fileName(), upload.content(), mediaType, depth);
        return rejected != null ? rejected : store(organizationId, upload, mediaType);
    }

    private Rejected checkSize(String fileName, long size) {
        if (size == 0) {
            return new Rejected(fileName, RejectionReason.EMPTY_FILE, "The file has no content.");
        }
        if (size > maxFileBytes) {
            return new Rejected(
                    fileName,
                    RejectionReason.FILE_TOO_LARGE,
                    "The file has " + size + " bytes; the per-file limit is " + Sizes.describe(maxFileBytes) + ".");
        }
        return null;
    }

    private static Rejected unsupported(String fileName, String mediaType) {
        return new Rejected(
                fileName,
                RejectionReason.UNSUPPORTED_MEDIA_TYPE,
                "The content is " + mediaType + "; accepted are PDF, DOCX, DOC, RTF, ODT, TXT and HTML.");
    }

    private Accepted store(String organizationId, Upload upload, String mediaType) {
        StoredBlob blob;
        try {
            blob = blobs.put(upload.content());
        } catch (IOException e) {
            throw new EventLogUnavailableException(
                    "The file could not be stored: " + e.getMessage(), new UncheckedIOException(e));
        }
        String candidate = ids.resume();
        String existing = index.claim(organizationId, blob.sha256(), candidate);
        return existing == null
                ? new Accepted(upload.fileName(), candidate, null, mediaType, blob, true)
                : new Accepted(upload.fileName(), existing, existing, mediaType, blob, false);
    }
}
