package org.gongkai.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.model.Disclosure;

/**
 * Per-profile or per-region rule settings, from a plain text file, one setting a line:
 *
 * <pre>
 * # scope              rule                          setting
 * *                    chinese-text-uses-full-width-punctuation  off
 * profile:shanghai-2025 vehicle-costs-match-vehicles-held        info
 * region:河北省         planned-purchases-appear-in-procurement  error
 * </pre>
 *
 * A setting is {@code off}, {@code error}, {@code warning} or {@code info}, or a rule's parameter
 * {@code name=value} (a tolerance, the change above which a reason is required …; each rule documents
 * the parameters it reads). Later lines win over earlier ones, so put general lines first:
 *
 * <pre>
 * *                    change-has-a-reason            reason-required-from=10%
 * region:上海市         classification-hierarchy-adds-up  rounding-per-part=0
 * </pre>
 */
public final class RuleSettings {

    /** A setting that switches a rule off, or gives it another severity. */
    private record Line(String scope, String rule, Severity severity, boolean off, int number, String parameter, String value) {
        Line(String scope, String rule, Severity severity, boolean off, int number) {
            this(scope, rule, severity, off, number, null, null);
        }

        boolean isParameter() {
            return parameter != null;
        }
    }

    private final List<Line> lines;

    private RuleSettings(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Whether there is no setting at all: every rule on, with its own severity and parameters. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public static RuleSettings none() {
        return new RuleSettings(List.of());
    }

    /** Reads settings; a malformed line is an {@link IllegalArgumentException} naming its line. */
    public static RuleSettings parse(String text, String name, java.util.Set<String> knownRules) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 'scope rule setting', got: " + line);
                }
                String scope = parts[0];
                if (!scope.equals("*") && !scope.startsWith("profile:") && !scope.startsWith("region:")) {
                    throw new IllegalArgumentException(name + ":" + n + ": scope must be *, profile:ID or region:NAME, got: " + scope);
                }
                if (!knownRules.contains(parts[1])) {
                    throw new IllegalArgumentException(name + ":" + n + ": no rule named " + parts[1]);
                }
                String setting = parts[2].toLowerCase(Locale.ROOT);
                int eq = parts[2].indexOf('=');
                if (eq > 0 && eq < parts[2].length() - 1) {
                    lines.add(new Line(scope, parts[1], null, false, n, parts[2].substring(0, eq), parts[2].substring(eq + 1)));
                } else if (setting.equals("off")) {
                    lines.add(new Line(scope, parts[1], null, true, n));
                } else {
                    Severity s;
                    try {
                        s = Severity.valueOf(setting.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(name + ":" + n + ": setting must be off, error, warning, info or name=value, got: " + parts[2]);
                    }
                    lines.add(new Line(scope, parts[1], s, false, n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSettings(lines);
    }

    /** The line in force for a rule on a document, if any. */
    private Optional<Line> lineFor(String rule, Disclosure d) {
        Line found = null;
        for (Line l : lines) {
            if (!l.isParameter() && l.rule().equals(rule) && applies(l.scope(), d)) {
                found = l;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean applies(String scope, Disclosure d) {
        if (scope.equals("*")) {
            return true;
        }
        if (scope.startsWith("profile:")) {
            return scope.substring(8).equals(d.document().profile());
        }
        String region = scope.substring(7);
        var r = d.department().region();
        return region.equals(r.province()) || region.equals(r.city()) || region.equals(r.county())
                || region.equals(r.township()) || region.equals(r.fullName());
    }

    /** The parameters in force for a document, as {@code rule.name → value} (later lines winning). */
    public java.util.Map<String, String> parametersFor(Disclosure d) {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.isParameter() && applies(l.scope(), d)) {
                parameters.put(l.rule() + "." + l.parameter(), l.value());
            }
        }
        return parameters;
    }

    public boolean enabled(String rule, Disclosure d) {
        return lineFor(rule, d).map(l -> !l.off()).orElse(true);
    }

    /** The finding with the severity the settings give its rule, if they give one. */
    public Finding apply(Finding f, Disclosure d) {
        return lineFor(f.rule(), d).filter(l -> l.severity() != null)
                .map(l -> f.severity() == Severity.INFO && f.message().startsWith("无法检查") ? f : f.withSeverity(l.severity()))
                .orElse(f);
    }
}
