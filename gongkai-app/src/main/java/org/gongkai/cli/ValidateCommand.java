package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.CheckDisclosures;
import org.gongkai.disclosure.FindingsReport;
import org.gongkai.validation.Language;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai validate FILE... [--format text|json] [--lang zh|en]}. */
@Command(
        name = "validate",
        description = "检查披露文件的结构和规则 / check disclosure files. Exit 0: no errors; 1: errors found; 2: input unusable.")
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "disclosure files (.yaml, .yml, .json; published .txt, .pdf, .xlsx)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    LanguageOption language;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "rule settings: lines of 'scope rule off|error|warning|info' (scope: *, profile:ID, region:NAME)")
    Path rules;

    @Override
    public Integer call() {
        Language spoken = language.english() ? Language.EN : Language.ZH;
        Wiring wiring = new Wiring(spoken == Language.EN);
        RuleCatalog catalog = wiring.catalog;
        if (rules != null) {
            try {
                catalog = catalog.withSettings(RuleSettings.parse(
                        Files.readString(rules, StandardCharsets.UTF_8), rules.toString(), catalog.ids()));
            } catch (IOException e) {
                spec.commandLine().getErr().println(rules + ": " + (spoken == Language.EN ? "cannot read the rule settings: " : "无法读取规则设置：") + e.getMessage());
                return FindingsReport.UNUSABLE;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return FindingsReport.UNUSABLE;
            }
        }
        FindingsReport report = new FindingsReport(new CheckDisclosures(wiring.importers, catalog::check).checkEach(files));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(report.json(spoken));
        } else {
            out.print(report.text(spoken));
        }
        if (report.exitCode() == FindingsReport.UNUSABLE && format == Format.json) {
            // the problems are in the JSON; say it once on stderr too, for people at a terminal
            spec.commandLine().getErr().println(report.text(spoken).lines()
                    .filter(l -> !l.isBlank()).findFirst().orElse(""));
        }
        out.flush();
        return report.exitCode();
    }
}
