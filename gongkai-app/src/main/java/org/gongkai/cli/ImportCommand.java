package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.FindingsReport;
import org.gongkai.importing.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai import FILE [FILE] -o OUT.yaml}: a published file, or a statement and its tables published apart, into the canonical format. */
@Command(name = "import", description = "导入已公开的文件并写成规范格式 / read a published file into the canonical format")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "a published disclosure (.txt, .pdf, .xlsx) or a canonical file; several PDFs are read as one "
                    + "disclosure (a statement and its tables published apart)")
    List<Path> files;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "the canonical file to write (.yaml or .json)")
    Path out;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        boolean en = language.english();
        Wiring wiring = new Wiring(en);
        PrintWriter err = spec.commandLine().getErr();
        var read = wiring.read(files, err);
        String file = String.join(" + ", files.stream().map(Path::toString).toList());
        if (read.isEmpty()) {
            return FindingsReport.UNUSABLE;
        }
        ImportResult imported = read.get();
        wiring.codec.write(imported.disclosure(), out);
        for (ImportResult.Unplaced u : imported.unplaced()) {
            err.println(file + ": " + u.where() + ": " + (en ? "not placed: " : "未归入：") + u.text() + " (" + u.reason() + ")");
        }
        spec.commandLine().getOut().println(out + (en ? " (" + imported.unplaced().size() + " item(s) not placed)"
                : "（" + imported.unplaced().size() + " 处内容未归入模型）"));
        return 0;
    }
}
