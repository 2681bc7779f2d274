package org.gongkai.validation.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.ModelWalk;

/** The prose of a document (not codes, ids or categories), with where each text stands. */
final class Texts {

    /** Fields whose strings are identifiers, not prose. */
    private static final Set<String> NOT_PROSE = Set.of(
            "profile", "code", "economicCode", "category", "catalogueCode", "number", "quantityUnit", "asOf");

    private Texts() {}

    static List<ModelWalk.At<String>> prose(Disclosure d) {
        List<ModelWalk.At<String>> all = new ArrayList<>();
        for (ModelWalk.At<String> at : ModelWalk.all(d, String.class)) {
            String field = at.pointer().substring(at.pointer().lastIndexOf('/') + 1);
            if (!NOT_PROSE.contains(field) && !at.value().isBlank()) {
                all.add(at);
            }
        }
        return all;
    }

    /** Tab-separated rows of a resource beside the rules, comments and blank lines left out. */
    static List<String[]> table(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (var in = Texts.class.getResourceAsStream("/org/gongkai/validation/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule data " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The text with book titles 《…》 blanked out: a cited regulation is not the document's own wording. */
    static String withoutCitations(String text) {
        return text.replaceAll("《[^》]*》", "《》");
    }

    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 8);
        int to = Math.min(text.length(), end + 8);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
