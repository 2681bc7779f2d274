package org.gongkai.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The importers Gongkai knows, chosen by the file: canonical YAML/JSON, statement text, PDF, workbook. */
public final class Importers {

    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The same importers for one batch run: each may keep what it parsed for a later joined read. */
    public Importers forOneRun() {
        return new Importers(importers.stream().map(Importer::forOneRun).toList());
    }

    public boolean accepts(Path file) {
        return importers.stream().anyMatch(i -> i.accepts(file));
    }

    /**
     * Reads several files as one disclosure (a statement and its tables published apart). Only
     * PDFs are joined; one file is read as {@link #read(Path)} reads it.
     */
    public ImportResult read(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        if (files.size() == 1) {
            return read(files.get(0));
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw UnusableInputException.of(new InputProblem(f.toString(), 0, 0, null, "文件不存在 / no such file"));
            }
        }
        for (Importer i : importers) {
            if (i instanceof JoiningImporter joining && files.stream().allMatch(i::accepts)) {
                return joining.read(files);
            }
        }
        throw UnusableInputException.of(new InputProblem(files.get(0).toString(), 0, 0, null,
                "只有 PDF 文件可以合并为一份公开文件 / only PDF files can be read together as one disclosure: "
                        + String.join(", ", files.stream().map(Path::toString).toList())));
    }

    /** Reads the file with the first importer that accepts it. */
    public ImportResult read(Path file) {
        if (!Files.exists(file)) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, "文件不存在 / no such file"));
        }
        for (Importer i : importers) {
            if (i.accepts(file)) {
                return i.read(file);
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "（无扩展名）";
        throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null,
                "不支持的文件类型 " + ext + "（可用 .yaml .yml .json .txt .pdf .xlsx）/ unsupported file type " + ext));
    }
}
