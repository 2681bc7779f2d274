package org.gongkai.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.rendering.Layout.Block;
import org.gongkai.rendering.Layout.Cell;
import org.gongkai.rendering.Layout.HeaderCell;
import org.gongkai.rendering.Layout.Section;
import org.gongkai.rendering.Layout.Table;

/**
 * The statement as one XHTML page: semantic sections and tables with header cells and captions, a
 * table of contents, readable on a phone and printable. The PDF renderer prints the same page.
 */
public final class HtmlRenderer {

    private static final String STYLE = resource("statement.css");
    private static final String PRINT_STYLE = resource("print.css");

    private HtmlRenderer() {}

    /** The page for the web. */
    public static String html(Layout.Document doc) {
        return page(doc, false);
    }

    /** The page for the PDF: print style, bookmarks, page-numbered table of contents. */
    static String printable(Layout.Document doc) {
        return page(doc, true);
    }

    private static String page(Layout.Document doc, boolean print) {
        Xml x = new Xml();
        x.raw("<!DOCTYPE html>\n");
        x.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").text(doc.language()).raw("\" xml:lang=\"")
                .text(doc.language()).raw("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .raw("<title>").text(doc.title()).raw("</title>\n")
                .raw("<meta name=\"author\" content=\"").text(doc.author()).raw("\"/>\n")
                .raw("<meta name=\"subject\" content=\"").text(doc.title()).raw("\"/>\n")
                .raw("<meta name=\"keywords\" content=\"").text(doc.keywords()).raw("\"/>\n")
                .raw("<meta name=\"generator\" content=\"Gongkai\"/>\n")
                .raw("<style>\n").text(STYLE);
        if (print) {
            x.text(PRINT_STYLE);
        }
        x.raw("</style>\n");
        if (print) {
            x.raw("<bookmarks>\n");
            for (Section s : doc.sections()) {
                x.raw("<bookmark name=\"").text(s.heading()).raw("\" href=\"#").text(s.id()).raw("\"/>\n");
            }
            if (!doc.tables().isEmpty()) {
                x.raw("<bookmark name=\"").text(doc.tablesTitle()).raw("\" href=\"#tables\">\n");
                for (Table t : doc.tables()) {
                    x.raw("<bookmark name=\"").text(t.title()).raw("\" href=\"#").text(t.id()).raw("\"/>\n");
                }
                x.raw("</bookmark>\n");
            }
            x.raw("</bookmarks>\n");
        }
        x.raw("</head>\n<body>\n<main>\n<header class=\"cover\">\n<h1>").text(doc.title()).raw("</h1>\n");
        if (doc.subtitle() != null) {
            x.raw("<p>").text(doc.subtitle()).raw("</p>\n");
        }
        for (String line : doc.coverLines()) {
            x.raw("<p>").text(line).raw("</p>\n");
        }
        x.raw("</header>\n<nav class=\"toc\" aria-label=\"目录\">\n<h2>目录</h2>\n<ol>\n");
        for (Section s : doc.sections()) {
            x.raw("<li><a href=\"#").text(s.id()).raw("\">").text(s.heading()).raw("</a></li>\n");
        }
        if (!doc.tables().isEmpty()) {
            x.raw("<li><a href=\"#tables\">").text(doc.tablesTitle()).raw("</a></li>\n");
        }
        x.raw("</ol>\n</nav>\n");
        for (Section s : doc.sections()) {
            x.raw("<section id=\"").text(s.id()).raw("\" aria-labelledby=\"").text(s.id()).raw("-h\">\n<h2 id=\"")
                    .text(s.id()).raw("-h\">").text(s.heading()).raw("</h2>\n");
            for (Block b : s.blocks()) {
                block(x, b);
            }
            x.raw("</section>\n");
        }
        if (!doc.tables().isEmpty()) {
            x.raw("<section id=\"tables\" class=\"tables\" aria-labelledby=\"tables-h\">\n<h2 id=\"tables-h\">")
                    .text(doc.tablesTitle()).raw("</h2>\n");
            for (Table t : doc.tables()) {
                table(x, t);
            }
            x.raw("</section>\n");
        }
        if (doc.footer() != null) {
            x.raw("<footer class=\"doc\"><p>").text(doc.footer()).raw("</p></footer>\n");
        }
        x.raw("</main>\n</body>\n</html>\n");
        return x.toString();
    }

    private static void block(Xml x, Block b) {
        if (b instanceof Layout.Heading h) {
            x.raw("<h3>").text(h.text()).raw("</h3>\n");
        } else if (b instanceof Layout.Paragraph p) {
            x.raw("<p>").text(p.text()).raw("</p>\n");
        } else if (b instanceof Layout.ItemList l) {
            x.raw("<ul class=\"items\">\n");
            for (String item : l.items()) {
                x.raw("<li>").text(item).raw("</li>\n");
            }
            x.raw("</ul>\n");
        } else if (b instanceof Table t) {
            table(x, t);
        }
    }

    private static void table(Xml x, Table t) {
        x.raw("<div class=\"table-wrap\" id=\"").text(t.id()).raw("\">\n");
        if (t.missing()) {
            x.raw("<h3>").text(t.title()).raw("</h3>\n<p class=\"missing\">").text(t.rows().get(0).get(0).text()).raw("</p>\n</div>\n");
            return;
        }
        x.raw(t.id().startsWith("project-") ? "<table class=\"targets\">\n<caption>" : "<table>\n<caption>")
                .text(t.title());
        if (t.unit() != null) {
            // published tables print the unit line under their title, where readers look for it
            x.raw("<span class=\"unit\">").text(t.unit()).raw("</span>");
        }
        x.raw("</caption>\n<thead>\n");
        for (List<HeaderCell> row : t.header()) {
            x.raw("<tr>");
            for (HeaderCell h : row) {
                x.raw("<th scope=\"col\"");
                if (h.colspan() > 1) {
                    x.raw(" colspan=\"" + h.colspan() + "\"");
                }
                if (h.rowspan() > 1) {
                    x.raw(" rowspan=\"" + h.rowspan() + "\"");
                }
                x.raw(">").text(h.text()).raw("</th>");
            }
            x.raw("</tr>\n");
        }
        x.raw("</thead>\n<tbody>\n");
        int width = t.columnCount();
        for (List<Cell> row : t.rows()) {
            boolean total = row.stream().anyMatch(Cell::total);
            boolean goalRow = row.size() == width && row.get(0).text().equals("绩效目标") && row.get(2).text().isEmpty()
                    && row.get(1).number() == null;
            x.raw(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                if (c.covered()) {
                    continue;
                }
                if (goalRow && i == 1) {
                    x.raw("<td colspan=\"" + (width - 1) + "\">").text(c.text()).raw("</td>");
                    break;
                }
                String tag = i == 0 && c.number() == null ? "th" : "td";
                x.raw("<" + tag);
                if (tag.equals("th")) {
                    x.raw(" scope=\"row\"");
                }
                if (c.rowspan() > 1) {
                    x.raw(" rowspan=\"" + c.rowspan() + "\"");
                }
                if (c.number() != null) {
                    x.raw(" class=\"num\"");
                } else if (t.id().startsWith("table-")) {
                    x.raw(" class=\"name\"");
                }
                x.raw(">").text(c.text()).raw("</" + tag + ">");
            }
            x.raw("</tr>\n");
        }
        x.raw("</tbody>\n</table>\n");
        if (t.note() != null) {
            x.raw("<p class=\"note\">").text(t.note()).raw("</p>\n");
        }
        x.raw("</div>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/org/gongkai/rendering/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing rendering resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny XML writer: text is escaped, markup is not. */
    private static final class Xml {
        private final StringBuilder s = new StringBuilder(64 * 1024);

        Xml raw(String markup) {
            s.append(markup);
            return this;
        }

        Xml text(String text) {
            if (text == null) {
                return this;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '&' -> s.append("&amp;");
                    case '"' -> s.append("&quot;");
                    default -> {
                        if (c >= 0x20 || c == '\n' || c == '\t') {
                            s.append(c);
                        }
                    }
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }
}
