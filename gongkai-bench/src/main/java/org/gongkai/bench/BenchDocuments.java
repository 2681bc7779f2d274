package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.model.Disclosure;

/** The documents the catalogue harnesses check, by the name given on their command line (run from the repository root). */
final class BenchDocuments {

    private BenchDocuments() {}

    /** {@code seed}: the seed's statement; {@code final}: the Putuo finance bureau's 决算 of 2024 as imported from its PDF. */
    static Disclosure named(String which) throws IOException {
        return switch (which) {
            case "seed" -> new CanonicalCodec().read(Path.of("examples/linxi-kexie-2020.yaml"));
            case "final" -> new PdfImporter().read(Path.of(
                    "gongkai-core/src/test/resources/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf"))
                    .disclosure();
            default -> throw new IllegalArgumentException("seed or final, not " + which);
        };
    }
}
