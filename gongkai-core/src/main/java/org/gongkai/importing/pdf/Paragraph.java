package org.gongkai.importing.pdf;

import java.util.List;
import org.gongkai.importing.ImportResult.Unplaced;

/** Lines of prose that belong together: an indented first line and the lines that continue it. */
record Paragraph(List<PdfLine> lines) {

    Paragraph {
        lines = List.copyOf(lines);
    }

    /** The paragraph's text, its lines joined without a break (Chinese prose wraps anywhere). */
    String text() {
        StringBuilder s = new StringBuilder();
        for (PdfLine l : lines) {
            s.append(l.text().strip());
        }
        return s.toString();
    }

    String place() {
        return lines.get(0).place();
    }

    /** Reports every line of the paragraph as unplaced. */
    void report(List<Unplaced> unplaced, String reason) {
        for (PdfLine l : lines) {
            unplaced.add(new Unplaced(l.place(), l.text(), reason));
        }
    }
}
