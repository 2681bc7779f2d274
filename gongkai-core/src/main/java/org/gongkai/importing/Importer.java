package org.gongkai.importing;

import java.nio.file.Path;

/**
 * Reads a disclosure published as a file of some kind (statement text, PDF, workbook). A file that
 * cannot be read at all (damaged, encrypted, not of its kind) is an {@link UnusableInputException}
 * with one clear problem naming the file; anything read but not understood is reported in
 * {@link ImportResult#unplaced()}.
 */
public interface Importer {

    /** Whether this importer reads files like this one (by extension and, where cheap, content). */
    boolean accepts(Path file);

    ImportResult read(Path file);
}
