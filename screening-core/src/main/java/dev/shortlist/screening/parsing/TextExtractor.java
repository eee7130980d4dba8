package dev.shortlist.screening.parsing;

/**
 * Turns a document's bytes into plain text, or a typed failure. The parser reads text only through
 * this interface, so where untrusted bytes are opened (this JVM, or a process of its own) is the
 * caller's choice. Implementations are thread-safe.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(byte[] bytes);

    @Override
    void close();
}
