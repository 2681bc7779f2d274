package org.gongkai.server.pages;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published statement inside a portal page. The stored HTML file is the renderer's own output
 * (every text in it escaped when it was published), so its {@code <main>} is taken as it is; its
 * headings move two levels down (its title becomes an h3 under the page's h2 for the statement) so
 * that the page keeps a single h1 and headings stay in order.
 *
 * <p>The statement is shown inline rather than in an iframe: the server forbids framing
 * ({@code frame-ancestors 'none'}, X-Frame-Options DENY), an inline statement is read by screen
 * readers and found by the browser's search like the rest of the page, and it reflows on a phone
 * without a second scroll area. The file itself, byte for byte, stays available as a download.
 */
final class Statement {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-5])\\b");

    private Statement() {
    }

    static String body(byte[] publishedHtml) {
        String html = new String(publishedHtml, StandardCharsets.UTF_8);
        int start = html.indexOf("<main>");
        int end = html.lastIndexOf("</main>");
        String inner = start >= 0 && end > start ? html.substring(start + "<main>".length(), end) : bodyOf(html);
        Matcher m = HEADING.matcher(inner);
        StringBuilder out = new StringBuilder(inner.length() + 64);
        while (m.find()) {
            int level = Math.min(6, Integer.parseInt(m.group(2)) + 2);
            m.appendReplacement(out, "<" + m.group(1) + "h" + level);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String bodyOf(String html) {
        int open = html.indexOf("<body");
        int start = open < 0 ? 0 : html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</body>");
        return html.substring(start, end > start ? end : html.length());
    }
}
