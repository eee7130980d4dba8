package dev.shortlist.e2e.hostile;

import static dev.shortlist.e2e.hostile.Expected.failed;
import static dev.shortlist.e2e.hostile.Expected.rejected;
import static dev.shortlist.e2e.hostile.Expected.scored;

/**
 * The kinds of hostile input and the outcome a user must see for each (docs/hostile-corpus.md).
 * For an archive kind the expectation is that of its hostile entry (or of the whole archive when the
 * archive itself is refused); the resumes packed next to it are expected to be scored.
 */
public enum Kind {
    /** A small PDF whose content stream holds about a million text-showing operators. */
    TEXT_OPERATOR_BOMB_PDF(
            "PDF with ~10^6 text operators",
            // A memory and a CPU bomb at once: whichever worker limit trips first names it.
            failed("RESOURCE_LIMIT", "TOO_LARGE", "TIMEOUT")),
    /** A content stream that inflates from under a megabyte to hundreds of megabytes. */
    DEFLATE_BOMB_PDF("PDF with a Flate stream inflating ~1000x", failed("RESOURCE_LIMIT", "TOO_LARGE")),
    /** A ZIP inside a ZIP, up to ten levels. */
    NESTED_ZIP("ZIP inside a ZIP", rejected("NESTED_ARCHIVE")),
    /** A chain of ZIPs dozens of levels deep, each holding the next under the same name. */
    RECURSIVE_ZIP("ZIP nested 32 to 128 levels deep", rejected("NESTED_ARCHIVE")),
    /** A ZIP over the entry-count, ratio or expanded-size limit. */
    ZIP_BOMB("ZIP over the ratio or entry-count limit", rejected("ZIP_BOMB")),
    /** A DOCX whose word/document.xml inflates to hundreds of megabytes. */
    DOCX_BOMB("DOCX whose document.xml inflates ~1000x", rejected("ZIP_BOMB").orFailed("RESOURCE_LIMIT", "TOO_LARGE")),
    /** The same DOCX bomb inside a ZIP, where the outer ratio looks harmless. */
    DOCX_BOMB_IN_ZIP("DOCX bomb inside a ZIP", rejected("ZIP_BOMB").orFailed("RESOURCE_LIMIT", "TOO_LARGE")),
    /** An ODT whose content.xml inflates to hundreds of megabytes. */
    ODT_BOMB("ODT whose content.xml inflates ~1000x", rejected("ZIP_BOMB").orFailed("RESOURCE_LIMIT", "TOO_LARGE")),
    /** ZIP entries named with {@code ..} segments. */
    ZIP_TRAVERSAL("ZIP entry with '..' in its name", rejected("PATH_TRAVERSAL")),
    /** ZIP entries with absolute or drive-letter names. */
    ZIP_ABSOLUTE_NAME("ZIP entry with an absolute name", rejected("PATH_TRAVERSAL")),
    /** A PDF that needs a user password to open. */
    ENCRYPTED_PDF("PDF with a user password", failed("ENCRYPTED")),
    /** A PDF encrypted with an empty user password (permissions only): readable, so it is a resume. */
    OWNER_PASSWORD_PDF("PDF with an owner password only", scored()),
    /** A password-protected DOCX (OOXML inside an OLE2 EncryptedPackage). */
    ENCRYPTED_DOCX("DOCX with a password", failed("ENCRYPTED")),
    /** A PDF that is also a ZIP: the archive sits in a stream before the cross-reference table. */
    POLYGLOT_PDF_ZIP("PDF that is also a ZIP", rejected("ACTIVE_CONTENT")),
    /** A {@code %PDF-} header written over an executable. */
    PDF_HEADER_EXECUTABLE("%PDF- header over an executable", rejected("ACTIVE_CONTENT", "EXECUTABLE")),
    /** A valid PDF with a ZIP appended after its {@code %%EOF}. */
    ZIP_AFTER_EOF("ZIP appended after %%EOF", rejected("ACTIVE_CONTENT")),
    /** A valid PDF with an executable appended after its {@code %%EOF}. */
    EXECUTABLE_AFTER_EOF("executable appended after %%EOF", rejected("ACTIVE_CONTENT", "EXECUTABLE")),
    /** A PDF cut before its page content. */
    TRUNCATED_PDF("PDF cut before its content", failed("CORRUPT", "NO_TEXT")),
    /** A DOCX or ODT cut before its central directory. */
    TRUNCATED_OOXML(
            "DOCX/ODT cut before its central directory", failed("CORRUPT").orRejected("CORRUPT_ARCHIVE")),
    /** Zero bytes under a document name. */
    ZERO_BYTE("zero-byte file", rejected("EMPTY_FILE")),
    /** A real resume under another format's extension: the type comes from the bytes, so it is parsed. */
    WRONG_EXTENSION("document under another format's extension", scored()),
    /** An executable or script under a document name. */
    EXECUTABLE_RENAMED("executable named .pdf/.docx/...", rejected("EXECUTABLE")),
    /** An image-only PDF whose single image has a huge pixel count. */
    HUGE_IMAGE_PDF("image-only PDF, 10^8+ pixels", failed("NO_TEXT", "RESOURCE_LIMIT")),
    /** An image file (huge declared dimensions) named .pdf. */
    IMAGE_RENAMED_PDF("PNG/JPEG/GIF/BMP/TIFF named .pdf", rejected("UNSUPPORTED_MEDIA_TYPE")),
    /** Arrays or dictionaries nested 10^5 to 10^6 levels deep in the page object. */
    DEEP_NESTING_PDF("PDF with 10^5+ nested arrays/dictionaries", failed("CORRUPT", "RESOURCE_LIMIT")),
    /** An external entity pointing at /etc/passwd inside the XML of a DOCX or ODT. */
    XXE_OOXML(
            "XXE in DOCX/ODT XML",
            failed("CORRUPT").orRejected("ACTIVE_CONTENT").orScoredWithout(HostileCorpus.PASSWD_MARKER)),
    /** Nested internal entities expanding to 10^9 characters inside the XML of a DOCX or ODT. */
    BILLION_LAUGHS_OOXML(
            "billion laughs in DOCX/ODT XML",
            failed("CORRUPT", "RESOURCE_LIMIT").orRejected("ACTIVE_CONTENT")),
    /** JavaScript run on open, on a page or in a form field. */
    PDF_JAVASCRIPT("PDF with JavaScript", failed("ACTIVE_CONTENT").orRejected("ACTIVE_CONTENT")),
    /** A Launch action that starts a program. */
    PDF_LAUNCH("PDF with a Launch action", failed("ACTIVE_CONTENT").orRejected("ACTIVE_CONTENT")),
    /** An embedded file (an executable, an archive, a document) in the name tree or an annotation. */
    PDF_EMBEDDED_FILE("PDF with an embedded file", failed("ACTIVE_CONTENT").orRejected("ACTIVE_CONTENT")),
    /** White, 1-pt, off-page, covered or invisible-mode text in a resume: parsed (integrity flags come later). */
    HIDDEN_TEXT("resume with hidden text", scored()),
    /** Requirement terms repeated far above natural density, or instructions aimed at a screener. */
    KEYWORD_STUFFED("keyword-stuffed resume", scored()),
    /** A macro-enabled Word document (vbaProject.bin) named .docx. */
    MACRO_DOCX("macro-enabled DOCX named .docx", rejected("ACTIVE_CONTENT")),
    /** Ordinary generated resumes in every accepted format: the control group. */
    CONTROL("ordinary resume (control)", scored());

    private final String title;
    private final Expected expected;

    Kind(String title, Expected expected) {
        this.title = title;
        this.expected = expected;
    }

    public String title() {
        return title;
    }

    public Expected expected() {
        return expected;
    }
}
