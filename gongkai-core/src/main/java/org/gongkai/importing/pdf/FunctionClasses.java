package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The 类 of the expenditure function classification, by every name they have been printed under. */
final class FunctionClasses {

    private static final FunctionClasses STANDARD = load("/org/gongkai/classification/function-classes.tsv");

    private final Map<String, String> byName;

    private FunctionClasses(Map<String, String> byName) {
        this.byName = Map.copyOf(byName);
    }

    static FunctionClasses standard() {
        return STANDARD;
    }

    /** The code of each name: 一般公共服务支出 → 201, 医疗卫生与计划生育支出 → 210. */
    Map<String, String> byName() {
        return byName;
    }

    private static FunctionClasses load(String resource) {
        Map<String, String> byName = new HashMap<>();
        try (InputStream in = FunctionClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classification list missing: " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.strip().split("\t");
                for (String name : c[1].split("｜")) {
                    byName.put(name.strip(), c[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FunctionClasses(byName);
    }
}
