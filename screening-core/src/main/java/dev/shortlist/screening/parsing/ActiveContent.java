package dev.shortlist.screening.parsing;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds active content in a document: PDF JavaScript, launch actions and embedded files, OOXML
 * macros. Resumes never need any of them, so such a document is rejected rather than stripped
 * (docs/security.md). PDFs are read through PDFBox's object model, so hex-escaped names
 * ({@code /J#61vaScript}) and objects inside object streams are seen as what they are.
 */
final class ActiveContent {

    /** Past this many indirect objects a resume is not plausible; the walk stops (the parse limits still apply). */
    private static final int MAX_OBJECTS = 200_000;

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private ActiveContent() {}

    /** What active content the document holds, named for a human ("JavaScript, EmbeddedFile"), if any. */
    static Optional<String> find(byte[] bytes, String mediaType) {
        if (mediaType.equals("application/pdf")) {
            return pdf(bytes);
        }
        if (mediaType.startsWith("application/vnd.openxmlformats-officedocument")
                || mediaType.startsWith("application/vnd.ms-word")
                || mediaType.contains("macroenabled")) {
            return ooxml(bytes);
        }
        return Optional.empty();
    }

    static Optional<String> pdf(byte[] bytes) {
        TreeSet<String> found = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int seen = 0;
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                if (++seen > MAX_OBJECTS) {
                    break;
                }
                COSObject object = document.getDocument().getObjectFromPool(key);
                walk(object.getObject(), found);
            }
            walk(document.getDocument().getTrailer(), found);
        } catch (IOException | RuntimeException e) {
            // Unreadable by the object model: the text extraction that follows reports it (CORRUPT, ENCRYPTED).
            return Optional.empty();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
    }

    /** Looks at one indirect object and the direct objects inside it; references are visited on their own. */
    private static void walk(COSBase root, TreeSet<String> found) {
        Deque<COSBase> pending = new ArrayDeque<>();
        Map<COSBase, Boolean> visited = new IdentityHashMap<>();
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (visited.put(base, Boolean.TRUE) != null) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                inspect(dictionary, found);
                for (COSBase value : dictionary.getValues()) {
                    if (value != null && !(value instanceof COSObject)) {
                        pending.push(value);
                    }
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase value = array.get(i);
                    if (value != null && !(value instanceof COSObject)) {
                        pending.push(value);
                    }
                }
            }
        }
    }

    private static void inspect(COSDictionary dictionary, TreeSet<String> found) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (JAVA_SCRIPT.equals(action) || dictionary.containsKey(JS)) {
            found.add("JavaScript");
        }
        if (LAUNCH.equals(action)) {
            found.add("Launch action");
        }
        if (dictionary.containsKey(EMBEDDED_FILES)
                || dictionary.containsKey(COSName.EF)
                || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            found.add("EmbeddedFile");
        }
        // The catalog's name tree of document-level scripts (/Names << /JavaScript ... >>).
        if (dictionary.getDictionaryObject(JAVA_SCRIPT) instanceof COSDictionary) {
            found.add("JavaScript");
        }
    }

    /** A VBA project anywhere in the package (Word puts it at word/vbaProject.bin), read from the central directory. */
    static Optional<String> ooxml(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            for (int i = 0; entries.hasMoreElements() && i < 10_000; i++) {
                String name = entries.nextElement().getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                    return Optional.of("macros (" + name + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
