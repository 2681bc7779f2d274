package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.AuditDisclosures;
import org.gongkai.disclosure.CheckDisclosures;
import org.gongkai.disclosure.FindingsReport;
import org.gongkai.disclosure.MeasureFidelity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai fidelity [--golden DIR] DIR…}: how well the readers read a folder of real documents,
 * one line each, compared with their goldens where given.
 */
@Command(name = "fidelity", description = "衡量读取真实文件的完整程度 / measure how well real documents are read")
final class FidelityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders of published disclosures")
    List<Path> folders;

    @picocli.CommandLine.Option(names = "--golden", paramLabel = "DIR",
            description = "folder of golden files (what each document prints) to compare the imports with")
    Path golden;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Wiring wiring = new Wiring(language.english());
        PrintWriter out = spec.commandLine().getOut();
        CheckDisclosures checks = new CheckDisclosures(wiring.importers, wiring.catalog::check);
        AuditDisclosures audit = new AuditDisclosures(checks, wiring.importers::accepts);
        if (golden != null && !Files.isDirectory(golden)) {
            spec.commandLine().getErr().println(golden + ": " + (language.english() ? "not a folder" : "不是文件夹"));
            return FindingsReport.UNUSABLE;
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                spec.commandLine().getErr().println(folder + ": " + (language.english() ? "not a folder" : "不是文件夹"));
                return FindingsReport.UNUSABLE;
            }
            files.addAll(audit.files(folder));
        }
        List<MeasureFidelity.Measure> measures = new MeasureFidelity(audit, checks, wiring.profiles::orNull, golden)
                .measure(files);
        out.println(MeasureFidelity.Measure.header());
        measures.forEach(m -> out.println(m.row()));
        return measures.stream().allMatch(MeasureFidelity.Measure::usable) ? 0 : FindingsReport.UNUSABLE;
    }
}
