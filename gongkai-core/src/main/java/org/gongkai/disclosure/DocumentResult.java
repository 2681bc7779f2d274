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

    /** The same result with more findings, found across documents. */
    public DocumentResult withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new DocumentResult(file, disclosure, problems, all, imported);
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
