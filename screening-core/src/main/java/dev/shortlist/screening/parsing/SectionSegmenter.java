package dev.shortlist.screening.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits extracted text into lines with offsets and the lines into sections by their headings.
 * Lines before the first heading form the {@link Section#CONTACT} header; a text without any
 * heading becomes one {@link Section#OTHER} block.
 */
final class SectionSegmenter {

    private SectionSegmenter() {}

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new Line(text.substring(start, end), start, end));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    static List<SectionBlock> segment(List<Line> lines) {
        List<SectionBlock> blocks = new ArrayList<>();
        Section section = Section.CONTACT;
        String heading = null;
        int blockStart = 0;
        List<Line> content = new ArrayList<>();
        boolean anyHeading = false;
        for (Line line : lines) {
            if (Headings.isRule(line.text())) {
                continue;
            }
            Optional<Headings.Match> match = line.isBlank() ? Optional.empty() : Headings.match(line.text());
            if (match.isPresent()) {
                anyHeading = true;
                if (!content.isEmpty() || heading != null) {
                    blocks.add(block(section, heading, content, blockStart));
                }
                section = match.get().section();
                heading = match.get().heading();
                blockStart = line.start();
                content = new ArrayList<>();
                int offset = match.get().contentOffset();
                if (offset >= 0
                        && offset < line.text().length()
                        && !line.text().substring(offset).isBlank()) {
                    content.add(trimmed(line.from(offset)));
                }
                continue;
            }
            content.add(line);
        }
        if (!content.isEmpty() || heading != null) {
            blocks.add(block(section, heading, content, blockStart));
        }
        if (!anyHeading && !blocks.isEmpty()) {
            SectionBlock only = blocks.get(0);
            return List.of(new SectionBlock(Section.OTHER, null, only.lines(), only.start(), only.end()));
        }
        return blocks;
    }

    private static SectionBlock block(Section section, String heading, List<Line> content, int start) {
        int end = content.isEmpty() ? start : content.get(content.size() - 1).end();
        return new SectionBlock(section, heading, List.copyOf(content), start, Math.max(start, end));
    }

    private static Line trimmed(Line line) {
        String text = line.text();
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        return line.from(lead);
    }
}
