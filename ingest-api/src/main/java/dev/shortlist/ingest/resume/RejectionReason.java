package dev.shortlist.ingest.resume;

/**
 * Why a file was not accepted. The {@link #name() name} is the stable reason code reported in
 * problem details and in {@code BatchCreated.rejections}; {@link #problemSlug()} ends the problem
 * {@code type} URI; {@link #httpStatus()} is the status of a single-file upload rejected for it.
 */
public enum RejectionReason {
    EMPTY_FILE(422, "The file is empty."),
    FILE_TOO_LARGE(413, "The file is larger than the per-file limit."),
    UNSUPPORTED_MEDIA_TYPE(415, "The content is not a supported document type (PDF, DOCX, DOC, RTF, ODT, TXT, HTML)."),
    EXECUTABLE(415, "The content is an executable program."),
    ACTIVE_CONTENT(422, "The document carries active content (an executable, an appended archive or macros)."),
    INVALID_FILE_NAME(400, "The file name contains control characters, an absolute path or '..'."),
    ARCHIVE_NOT_ALLOWED(415, "Archives are accepted only by the batch endpoint."),
    NESTED_ARCHIVE(422, "An archive inside an archive is not accepted."),
    ENCRYPTED_ARCHIVE(422, "The archive is encrypted or password protected."),
    PATH_TRAVERSAL(422, "The archive entry's name points outside the archive."),
    ZIP_BOMB(422, "The container expands beyond the allowed entry count, size, compression ratio or nesting depth."),
    CORRUPT_ARCHIVE(422, "The archive could not be read.");

    private final int httpStatus;
    private final String title;

    RejectionReason(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    /** {@code FILE_TOO_LARGE} → {@code file-too-large}. */
    public String problemSlug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
