package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.model.Disclosure;

/** The real documents the tests work on. */
public final class Examples {

    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private Examples() {}

    public static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** examples/linxi-kexie-2020.yaml: the seed statement transcribed as published. */
    public static Path seedExample() {
        return repositoryRoot().resolve("examples/linxi-kexie-2020.yaml");
    }

    public static Disclosure seed() {
        return CODEC.read(seedExample());
    }

    /** The seed statement's text as extracted from its published PDF. */
    public static String seedText() {
        return resource("/seed/linxi-kexie-2020.txt");
    }

    /**
     * Every number printed in the seed statement, in order. They are read from the text with its
     * line breaks, so that table cells flattened onto one line stay apart.
     */
    public static java.util.List<String> seedNumbers() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9]+(?:\\.[0-9]+)?").matcher(seedText());
        java.util.List<String> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    public static String resource(String name) {
        try (var in = Examples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
