package dev.shortlist.screening.parsing;

/** One line of the extracted text with its offsets in it ({@code end} excludes the line break). */
record Line(String text, int start, int end) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** The part of the line from {@code from} (an offset into the line) on, as its own line. */
    Line from(int from) {
        return new Line(text.substring(from), start + from, end);
    }
}
