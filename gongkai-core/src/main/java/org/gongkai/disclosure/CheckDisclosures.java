package org.gongkai.disclosure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importers;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.validation.Category;
import org.gongkai.validation.Severity;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;

/**
 * The use case behind {@code gongkai validate} and the server's validate endpoint: read a file,
 * and if it can be read, check it.
 */
public final class CheckDisclosures {

    /** The finding that reports what an importer could not place. */
    public static final String UNPLACED_RULE = "import-unplaced-content";

    private final Importers importers;
    private final Function<Disclosure, List<Finding>> checks;

    public CheckDisclosures(Importers importers, Function<Disclosure, List<Finding>> checks) {
        this.importers = importers;
        this.checks = checks;
    }

    /** Over canonical files only. */
    public CheckDisclosures(CanonicalCodec codec, Function<Disclosure, List<Finding>> checks) {
        this(new Importers(List.of(new CanonicalImporter(codec))), checks);
    }

    /** The same checks with importers for one batch run (see {@link Importers#forOneRun()}). */
    public CheckDisclosures forOneRun() {
        return new CheckDisclosures(importers.forOneRun(), checks);
    }

    public DocumentResult check(Path file) {
        return check(List.of(file));
    }

    /** Checks several files read as one disclosure (a statement and its tables published apart). */
    public DocumentResult check(List<Path> files) {
        String file = String.join(" + ", files.stream().map(Path::toString).toList());
        ImportResult imported;
        try {
            imported = importers.read(files);
        } catch (UnusableInputException e) {
            return DocumentResult.unusable(file, e.problems());
        }
        List<Finding> findings = new ArrayList<>(checks.apply(imported.disclosure()));
        for (ImportResult.Unplaced u : imported.unplaced()) {
            findings.add(new Finding(UNPLACED_RULE, Category.COMPLETENESS, Severity.INFO, "", u.text(),
                    "未能归入模型的内容（" + u.where() + "）：" + u.text() + "（" + u.reason() + "）",
                    "content not placed in the model (" + u.where() + "): " + u.text() + " (" + u.reason() + ")",
                    null, null, null));
        }
        return DocumentResult.checked(file.toString(), imported, findings);
    }

    public List<DocumentResult> checkEach(List<Path> files) {
        return files.stream().map(this::check).toList();
    }
}
