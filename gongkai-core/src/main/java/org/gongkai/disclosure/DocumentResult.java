package org.gongkai.disclosure;

import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.InputProblem;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

/**
 * The outcome of checking one file: either the input was unusable (with its problems) or it was
 * read into a disclosure and checked (with its findings).
 */
public record DocumentResult(
        String file, Disclosure disclosure, List<InputProblem> problems, List<Finding> findings, ImportResult imported) {

    public DocumentResult {
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    public static DocumentResult unusable(String file, List<InputProblem> problems) {
        return new DocumentResult(file, null, problems, List.of(), null);
    }

    public static DocumentResult checked(String file, Disclosure disclosure, List<Finding> findings) {
        return new DocumentResult(file, disclosure, List.of(), findings, null);
    }

    public static DocumentResult checked(String file, ImportResult imported, List<Finding> findings) {
        return new DocumentResult(file, imported.disclosure(), List.of(), findings, imported);
    }

    /** Where in the source file the value at the pointer came from, for imported documents. */
    public String placeOf(String pointer) {
        return imported == null ? null : imported.placeOf(pointer);
    }

    public boolean isUnusable() {
        return disclosure == null;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
