package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.resume.ArchiveReader.ArchiveRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks a document before it is accepted: its raw bytes for executables and polyglots
 * ({@link ActiveContentScanner}) and, when it is a ZIP container (DOCX, ODT and the packages
 * embedded in them), every part recursively: names, entry count, decompressed size per part and in
 * total, compression ratio, nesting depth, macros and executables, all measured by inflating.
 */
public final class ContainerInspector {

    private final Limits limits;

    public ContainerInspector(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param maxEntries       parts one container may hold
     * @param maxExpandedBytes decompressed bytes one document may expand to, nested parts included
     * @param maxRatio         decompressed per compressed byte of one part or container
     * @param maxPartBytes     decompressed bytes of one part
     * @param maxDepth         containers inside containers, the uploaded file counting as one
     */
    public record Limits(int maxEntries, long maxExpandedBytes, int maxRatio, long maxPartBytes, int maxDepth) {}

    /** Why the document is refused, or {@code null} when it may be accepted. */
    public ResumeIntake.Rejected check(String fileName, byte[] content, String mediaType, int depth) {
        String active = ActiveContentScanner.find(content, mediaType);
        if (active != null) {
            return new ResumeIntake.Rejected(fileName, RejectionReason.ACTIVE_CONTENT, active);
        }
        if (!ZipWalker.isZip(content)) {
            return null;
        }
        ZipWalker.Budget budget = new ZipWalker.Budget(limits.maxExpandedBytes(), "The document");
        try {
            walk(content, "The document", depth, budget);
            return null;
        } catch (ArchiveRejectedException e) {
            return new ResumeIntake.Rejected(fileName, e.reason(), e.getMessage());
        }
    }

    private void walk(byte[] container, String subject, int depth, ZipWalker.Budget budget)
            throws ArchiveRejectedException {
        if (depth > limits.maxDepth()) {
            throw new ArchiveRejectedException(
                    RejectionReason.ZIP_BOMB,
                    subject + " nests containers more than " + limits.maxDepth() + " levels deep.");
        }
        ZipWalker.Limits walk = new ZipWalker.Limits(limits.maxEntries(), limits.maxRatio(), limits.maxPartBytes());
        ZipWalker.walk(container, subject, walk, budget, (name, directory, part, size) -> {
            FileNames.Problem problem = FileNames.check(name);
            if (problem != null) {
                throw new ArchiveRejectedException(
                        problem.reason(), subject + " has a part with an unsafe name: " + problem.detail());
            }
            String macro = macro(name, part);
            if (macro != null) {
                throw new ArchiveRejectedException(RejectionReason.ACTIVE_CONTENT, subject + " " + macro);
            }
            if (directory) {
                return;
            }
            String partName = "part '" + name + "'";
            if (part == null) {
                throw new ArchiveRejectedException(
                        RejectionReason.ZIP_BOMB,
                        subject + ": " + partName + " expands to more than " + Sizes.describe(limits.maxPartBytes())
                                + ".");
            }
            String executable = ActiveContentScanner.executable(part, 0, part.length);
            if (executable != null) {
                throw new ArchiveRejectedException(
                        RejectionReason.ACTIVE_CONTENT, subject + ": " + partName + " contains " + executable + ".");
            }
            if (ZipWalker.isZip(part)) {
                walk(part, "Embedded " + partName, depth + 1, budget);
            }
        });
    }

    /** A sentence ending "... macros (where)." when the part is or declares macros or ActiveX. */
    private static String macro(String name, byte[] part) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        if (base.equals("vbaproject.bin") || base.equals("vbadata.xml")) {
            return "contains macros (" + name + ").";
        }
        if (lower.contains("activex/")) {
            return "contains ActiveX controls (" + name + ").";
        }
        // OpenDocument keeps Basic macros and scripts in these folders.
        if (lower.startsWith("basic/") || lower.startsWith("scripts/")) {
            return "contains macros (" + name + ").";
        }
        if (part != null && lower.equals("[content_types].xml")) {
            String types = new String(part, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (types.contains("macroenabled") || types.contains("vbaproject")) {
                return "declares macro-enabled content in [Content_Types].xml.";
            }
        }
        return null;
    }
}
