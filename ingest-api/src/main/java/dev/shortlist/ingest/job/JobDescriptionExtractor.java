package dev.shortlist.ingest.job;

import dev.shortlist.ingest.resume.ContainerInspector;
import dev.shortlist.ingest.resume.ContentInspector;
import dev.shortlist.ingest.resume.ResumeIntake;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a job description file (PDF, DOCX, DOC, RTF, TXT, ...) into its text. The type is decided
 * from the content, as for resumes; executables, archives, active content and container bombs are
 * refused before any parser runs.
 */
public final class JobDescriptionExtractor {

    /** Longest description kept, in characters. */
    static final int MAX_CHARS = 200_000;

    private final ContentInspector inspector;
    private final ContainerInspector containers;
    private final AutoDetectParser parser = new AutoDetectParser();

    public JobDescriptionExtractor(ContentInspector inspector, ContainerInspector containers) {
        this.inspector = inspector;
        this.containers = containers;
    }

    /** Why a description file gave no text. */
    public static final class UnreadableDescriptionException extends Exception {
        private final String mediaType;

        UnreadableDescriptionException(String mediaType, String message) {
            super(message);
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public String extract(byte[] content) throws UnreadableDescriptionException {
        ContentInspector.Inspection inspection = inspector.inspect(content);
        if (inspection.kind() != ContentInspector.Kind.DOCUMENT) {
            throw new UnreadableDescriptionException(
                    inspection.mediaType(),
                    "A job description must be a PDF, DOCX, DOC, RTF, ODT, TXT or HTML document, not "
                            + inspection.mediaType() + ".");
        }
        ResumeIntake.Rejected rejected = containers.check("description", content, inspection.mediaType(), 1);
        if (rejected != null) {
            throw new UnreadableDescriptionException(inspection.mediaType(), rejected.detail());
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDescriptionException(
                        inspection.mediaType(),
                        "The " + inspection.mediaType() + " document could not be read: " + e.getMessage());
            }
        }
        String text = handler.toString().strip();
        if (text.isEmpty()) {
            throw new UnreadableDescriptionException(
                    inspection.mediaType(),
                    "The " + inspection.mediaType() + " document contains no extractable text.");
        }
        return text;
    }
}
