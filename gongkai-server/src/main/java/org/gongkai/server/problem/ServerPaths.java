package org.gongkai.server.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the server's own folders out of a text meant for a caller: a path under the temporary
 * folder, the working folder or the home folder is shown by its file name only. An error detail
 * then tells the caller which of their files failed, and nothing of where the server keeps things.
 */
public final class ServerPaths {

    private static final List<Pattern> ROOTS = roots();

    private ServerPaths() {
    }

    /** The text with every path under a server folder replaced by its last part. */
    public static String hide(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern root : ROOTS) {
            Matcher m = root.matcher(out);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String path = m.group();
                String last = path.replaceAll("[/\\\\]+$", "");
                last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
                m.appendReplacement(b, Matcher.quoteReplacement(last));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    private static List<Pattern> roots() {
        List<String> folders = new ArrayList<>();
        for (String property : List.of("java.io.tmpdir", "user.dir", "user.home")) {
            String value = System.getProperty(property);
            if (value != null && value.length() > 1) {
                String absolute = Path.of(value).toAbsolutePath().normalize().toString();
                if (absolute.length() > 1) {
                    folders.add(absolute);
                }
            }
        }
        // the longest first, so that a temporary folder under the home folder is taken whole
        folders.sort(Comparator.comparingInt(String::length).reversed());
        List<Pattern> out = new ArrayList<>();
        for (String folder : folders) {
            // an optional file: URI prefix, the folder, then the rest of the path up to a blank or a quote
            out.add(Pattern.compile("(?:file:(?://)?)?" + Pattern.quote(folder) + "(?:[/\\\\][^\\s\"'<>|,;)]*)?"));
        }
        return List.copyOf(out);
    }
}
