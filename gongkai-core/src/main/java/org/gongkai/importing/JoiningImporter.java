package org.gongkai.importing;

import java.nio.file.Path;
import java.util.List;

/** An importer that reads several files as one disclosure: a statement and its tables published apart. */
public interface JoiningImporter extends Importer {

    ImportResult read(List<Path> files);
}
