package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.AuditDisclosures;
import org.gongkai.disclosure.CheckDisclosures;
import org.gongkai.disclosure.DocumentResult;
import org.gongkai.disclosure.FindingsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai audit DIR -o report.csv}: every disclosure of a folder, checked in parallel. */
@Command(name = "audit", description = "批量检查一个文件夹中的全部披露文件 / check every disclosure in a folder")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of disclosures (.yaml, .yml, .json, .txt, .pdf, .xlsx)")
    Path folder;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "REPORT", description = "one row per document (CSV)")
    Path out;

    @Option(names = "--findings", paramLabel = "FILE", description = "one row per finding (CSV; default: REPORT with -findings)")
    Path findingsOut;

    @Option(names = "--threads", description = "parallel workers (default: the number of cores)")
    Integer threads;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        boolean en = language.english();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": " + (en ? "not a folder" : "不是文件夹"));
            return FindingsReport.UNUSABLE;
        }
        Wiring wiring = new Wiring(en);
        AuditDisclosures audit = new AuditDisclosures(new CheckDisclosures(wiring.importers, wiring.catalog::check),
                wiring.importers::accepts);
        List<Path> files = audit.files(folder);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        List<DocumentResult> results = audit.run(files, workers, p -> progress(err, p.done(), p.total()));
        err.println();
        Path findings = findingsOut != null ? findingsOut : out.resolveSibling(
                out.getFileName().toString().replaceFirst("(\\.csv)?$", "-findings.csv"));
        AuditDisclosures.writeDocuments(results, out);
        AuditDisclosures.writeFindings(results, findings);
        AuditDisclosures.Summary s = AuditDisclosures.summary(results);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.printf(en ? "%d document(s) in %.1f s: %d unusable, %d error(s), %d warning(s), %d info%n"
                        : "共 %d 份文件，用时 %.1f 秒：无法使用 %d 份，错误 %d 项，警告 %d 项，提示 %d 项%n",
                s.documents(), seconds, s.unusable(), s.errors(), s.warnings(), s.infos());
        s.topRules().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> o.printf("  %-48s %d%n", e.getKey(), e.getValue()));
        o.println(out);
        o.println(findings);
        o.flush();
        return 0;
    }

    private static synchronized void progress(PrintWriter err, int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
    }
}
