package org.gongkai.importing.canonical;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two spellings of the canonical file: YAML for people, JSON for programs. */
public enum CanonicalFormat {
    YAML,
    JSON;

    public static Optional<CanonicalFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
