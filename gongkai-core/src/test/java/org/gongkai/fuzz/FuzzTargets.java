package org.gongkai.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importer;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.importing.xlsx.XlsxImporter;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.rules.StandardRules;

/**
 * What each fuzz target does with one input. A reader given any bytes either reads them into a
 * disclosure that the rule catalogue can check, or refuses them with its own problem
 * ({@link UnusableInputException}) naming the file; any other exception, a hang or running out of
 * memory is a finding.
 *
 * <p>The same targets run in two ways: as JUnit fuzz tests ({@link ReadersFuzzTest},
 * {@link CheckAndRenderFuzzTest}) over the inputs kept in the test resources, and for the long run
 * through Jazzer's command line, which calls {@link #fuzzerTestOneInput(byte[])} with the target named
 * by the system property {@code gongkai.fuzz.target} (see tools/fuzz).
 */
public final class FuzzTargets {

    static final CanonicalCodec CODEC = new CanonicalCodec();
    static final RuleCatalog CATALOG = StandardRules.catalog(ProfileLibrary.standard()::orNull);

    private static final Importer PDF = new PdfImporter();
    private static final Importer XLSX = new XlsxImporter();
    private static final Importer TEXT = new StatementTextImporter();
    private static final Importer CANONICAL = new CanonicalImporter(CODEC);

    /** One folder per process for the files the readers are given (they read files, not bytes). */
    private static final Path FOLDER = folder();

    private FuzzTargets() {}

    /**
     * Called by Jazzer once before fuzzing: runs the target over its kept inputs (the folder named
     * by {@code gongkai.fuzz.warmup}), so that loading and instrumenting the libraries is not taken
     * for a hang of the first input. A failure here is only printed: the same input fails again
     * when fuzzing starts, and is reported there.
     */
    public static void fuzzerInitialize() {
        String folder = System.getProperty("gongkai.fuzz.warmup");
        if (folder == null) {
            return;
        }
        try (var inputs = Files.list(Path.of(folder))) {
            for (Path input : inputs.sorted().toList()) {
                try {
                    fuzzerTestOneInput(Files.readAllBytes(input));
                } catch (RuntimeException | AssertionError e) {
                    System.err.println("warm-up: " + input + ": " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String target = System.getProperty("gongkai.fuzz.target", "");
        switch (target) {
            case "pdf" -> pdf(data);
            case "xlsx" -> xlsx(data);
            case "text" -> text(data);
            case "yaml" -> yaml(data);
            case "json" -> json(data);
            case "checkAndRender" -> CheckAndRender.htmlXlsxOpenData(data);
            case "renderPdf" -> CheckAndRender.pdf(data);
            default -> throw new IllegalStateException("-Dgongkai.fuzz.target must name a target, not '" + target + "'");
        }
    }

    static void pdf(byte[] data) {
        readAndCheck(PDF, data, "input.pdf");
    }

    /** A workbook; the old .xls format and encrypted workbooks are among what it must refuse clearly. */
    static void xlsx(byte[] data) {
        readAndCheck(XLSX, data, "input.xlsx");
    }

    static void text(byte[] data) {
        readAndCheck(TEXT, data, "input.txt");
    }

    static void yaml(byte[] data) {
        readAndCheck(CANONICAL, data, "input.yaml");
    }

    static void json(byte[] data) {
        readAndCheck(CANONICAL, data, "input.json");
    }

    /** Reads the bytes as the named file, then checks what was read, as {@code gongkai validate} does. */
    private static void readAndCheck(Importer importer, byte[] data, String name) {
        Path file = FOLDER.resolve(name);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result;
        try {
            result = importer.read(file);
        } catch (UnusableInputException refused) {
            requireTheFileNamed(refused, file);
            return;
        }
        CATALOG.check(result.disclosure());
    }

    /** A refusal is one clear error naming the file: at least one problem, each with the file and a message. */
    static void requireTheFileNamed(UnusableInputException refused, Path file) {
        List<InputProblem> problems = refused.problems();
        if (problems.isEmpty()) {
            throw new AssertionError("a refusal without a problem", refused);
        }
        for (InputProblem p : problems) {
            if (!p.file().contains(file.getFileName().toString()) || p.message().isBlank()) {
                throw new AssertionError("a problem that does not name the file or say what is wrong: " + p.describe(), refused);
            }
        }
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("gongkai-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
