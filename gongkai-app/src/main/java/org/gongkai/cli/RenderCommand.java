package org.gongkai.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.FindingsReport;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.model.Disclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai render FILE --to html|pdf|xlsx|opendata -o OUT}. */
@Command(name = "render", description = "发布：生成 HTML、PDF、XLSX 或开放数据 / publish as HTML, PDF, XLSX or open data")
final class RenderCommand implements Callable<Integer> {

    enum To { html, pdf, xlsx, opendata }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a disclosure file (.yaml, .yml, .json; published .txt, .pdf, .xlsx)")
    Path file;

    @Option(names = "--to", required = true, description = "html, pdf, xlsx or opendata")
    To to;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "the file to write (a folder for opendata)")
    Path out;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        boolean en = language.english();
        Wiring wiring = new Wiring(en);
        PrintWriter err = spec.commandLine().getErr();
        var imported = wiring.read(file, err);
        if (imported.isEmpty()) {
            return FindingsReport.UNUSABLE;
        }
        Disclosure d = imported.get().disclosure();
        try {
            new PublishDisclosure(wiring.codec, wiring.profiles::orNull)
                    .write(d, PublishDisclosure.Format.of(to.name()), out);
        } catch (UncheckedIOException e) {
            err.println(out + ": " + (en ? "cannot write: " : "无法写入：") + e.getCause().getMessage());
            return FindingsReport.UNUSABLE;
        }
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
