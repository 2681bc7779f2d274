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

    /**
     * An importer for one batch run over many files (an audit), which may keep what it parsed of a
     * file for a later joined read of that file ({@link JoiningImporter#read(java.util.List)}), so
     * that no file is parsed twice. It is dropped with the run; by default this importer itself.
     */
    default Importer forOneRun() {
        return this;
    }
}
