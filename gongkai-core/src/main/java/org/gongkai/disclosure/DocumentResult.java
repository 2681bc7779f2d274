package org.gongkai.disclosure;

import java.util.List;
import org.gongkai.importing.InputProblem;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

/**
 * The outcome of checking one file: either the input was unusable (with its problems) or it was
 * read into a disclosure and checked (with its findings).
 */
public record DocumentResult(String file, Disclosure disclosure, List<InputProblem> problems, List<Finding> findings) {

    public DocumentResult {
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    public static DocumentResult unusable(String file, List<InputProblem> problems) {
        return new DocumentResult(file, null, problems, List.of());
    }

    public static DocumentResult checked(String file, Disclosure disclosure, List<Finding> findings) {
        return new DocumentResult(file, disclosure, List.of(), findings);
    }

    public boolean isUnusable() {
        return disclosure == null;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
