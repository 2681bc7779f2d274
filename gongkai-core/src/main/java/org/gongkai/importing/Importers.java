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

    public boolean accepts(Path file) {
        return importers.stream().anyMatch(i -> i.accepts(file));
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
