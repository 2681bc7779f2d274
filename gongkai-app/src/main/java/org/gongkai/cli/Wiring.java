package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importer;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.Importers;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.importing.xlsx.XlsxImporter;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.rules.StandardRules;

/** The parts the commands share, put together once: codec, importers, profiles, rules. */
final class Wiring {

    final CanonicalCodec codec;
    final ProfileLibrary profiles;
    final Importers importers;
    final RuleCatalog catalog;

    Wiring(boolean english) {
        codec = new CanonicalCodec(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        profiles = ProfileLibrary.standard();
        importers = new Importers(importers(codec));
        catalog = StandardRules.catalog(profiles::orNull);
    }

    /** Reads a file with the importers; an unusable one has each problem printed, and is empty. */
    Optional<ImportResult> read(Path file, PrintWriter err) {
        return read(List.of(file), err);
    }

    /** Reads several files as one disclosure (a statement and its tables published apart). */
    Optional<ImportResult> read(List<Path> files, PrintWriter err) {
        try {
            return Optional.of(importers.read(files));
        } catch (UnusableInputException e) {
            e.problems().stream().map(InputProblem::describe).forEach(err::println);
            return Optional.empty();
        }
    }

    private static List<Importer> importers(CanonicalCodec codec) {
        return List.of(new CanonicalImporter(codec), new StatementTextImporter(), new PdfImporter(), new XlsxImporter());
    }
}
