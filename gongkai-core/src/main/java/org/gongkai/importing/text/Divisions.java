package org.gongkai.importing.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Administrative divisions (行政区划) as data, so that a statement that names only its county is
 * placed in its city and province. The list shipped is partial: the counties of the documents
 * Gongkai holds; a county not in it keeps the province the statement names and no city.
 */
final class Divisions {

    record Division(String county, String city, String province) {}

    private static final List<Division> ALL = load();

    private Divisions() {}

    static Optional<Division> find(String county) {
        return ALL.stream().filter(d -> d.county().equals(county)).findFirst();
    }

    private static List<Division> load() {
        List<Division> all = new ArrayList<>();
        try (var in = Divisions.class.getResourceAsStream("/org/gongkai/importing/divisions.tsv")) {
            if (in == null) {
                return all;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    all.add(new Division(c[0], c[1], c[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
