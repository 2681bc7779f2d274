package org.gongkai.importing.canonical;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importer;

/** The canonical YAML or JSON file as an importer: everything has its place, nothing is left over. */
public final class CanonicalImporter implements Importer {

    private final CanonicalCodec codec;

    public CanonicalImporter(CanonicalCodec codec) {
        this.codec = codec;
    }

    @Override
    public boolean accepts(Path file) {
        return CanonicalFormat.of(file).isPresent();
    }

    @Override
    public ImportResult read(Path file) {
        return new ImportResult(codec.read(file), Map.of(), List.of());
    }
}
