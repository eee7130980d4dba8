package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.system.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns a multipart part into an {@link ResumeIntake.Upload}: checks its file name and reads its
 * bytes through a counting loop that stops one byte past the limit, so an oversized part (spooled
 * to disk by the container) is refused without ever being read into memory.
 */
public final class UploadedFiles {

    private static final int BUFFER = 16 * 1024;

    private UploadedFiles() {}

    /** @throws ApiException 400 {@code invalid-file-name} for a name with control characters or a path out of its folder */
    public static ResumeIntake.Upload read(MultipartFile file, long maxBytes) throws IOException {
        String name = fileName(file);
        // The container's count of the part is exact; the loop below does not rely on it.
        if (file.getSize() > maxBytes) {
            return ResumeIntake.Upload.tooLarge(name, file.getSize());
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = readAtMost(in, maxBytes, file.getSize());
            return content == null
                    ? ResumeIntake.Upload.tooLarge(name, maxBytes + 1)
                    : new ResumeIntake.Upload(name, content);
        }
    }

    /** The stream's bytes, or {@code null} as soon as it has more than {@code maxBytes} (nothing more is read). */
    static byte[] readAtMost(InputStream in, long maxBytes, long expectedBytes) throws IOException {
        // Sized for what the container counted (exact for a spooled part), capped: the count is a hint only.
        int initial = (int) Math.min(maxBytes, Math.max(expectedBytes, 0) + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 1));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }

    /** The part's file name, checked; {@code upload} when it has none. */
    public static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        FileNames.Problem problem = FileNames.check(name);
        if (problem != null) {
            throw new ApiException(
                            HttpStatus.BAD_REQUEST,
                            RejectionReason.INVALID_FILE_NAME.problemSlug(),
                            "Invalid file name",
                            "The file name of part '" + file.getName() + "' is refused: " + problem.detail())
                    .with("reason", RejectionReason.INVALID_FILE_NAME.name())
                    .with("fileName", FileNames.printable(name));
        }
        return name;
    }
}
