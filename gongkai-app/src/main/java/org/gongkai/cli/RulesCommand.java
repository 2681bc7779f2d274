package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gongkai.validation.Rule;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.rules.RulesDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.gongkai.validation.rules.StandardRules;

/** {@code gongkai rules [--format text|markdown] [--lang zh|en]}: the rule catalogue. */
@Command(name = "rules", description = "列出检查规则 / list the rule catalogue")
final class RulesCommand implements Runnable {

    enum Format { text, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or markdown (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    LanguageOption language;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.print(RulesDocument.markdown(StandardRules.rules()));
        } else {
            for (Rule r : StandardRules.rules()) {
                out.printf("%-50s %-12s %-8s %s%n", r.id(), r.info().category().name().toLowerCase(Locale.ROOT),
                        r.info().severity().name().toLowerCase(Locale.ROOT),
                        language.english() ? r.info().statementEn() : r.info().statement());
            }
        }
        out.flush();
    }
}
