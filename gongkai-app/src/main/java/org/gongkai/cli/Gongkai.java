package org.gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command: one entry point, a subcommand per task. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开: 部门预算公开的编制、检查、发布与审计 / department budget disclosure: author, check, publish, audit.",
        subcommands = {ValidateCommand.class, RenderCommand.class, ImportCommand.class, AuditCommand.class, RulesCommand.class,
                FidelityCommand.class, BenchCommand.class})
public final class Gongkai implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line on the given streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Gongkai());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
