package dev.shortlist.screening.parsing;

import java.util.List;

/**
 * A run of lines under one heading.
 *
 * @param section the kind of section
 * @param heading the heading as written, or null for text before the first heading
 * @param lines   content lines (a heading with inline content, "Skills: Java, Go", contributes its content)
 * @param start   offset of the heading (or first line) in the text
 * @param end     offset after the last line
 */
record SectionBlock(Section section, String heading, List<Line> lines, int start, int end) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
