package org.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command: one entry point, a subcommand per task. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开: 部门预算公开的编制、检查、发布与审计 / department budget disclosure: author, check, publish, audit.",
        subcommands = {ValidateCommand.class})
public final class Gongkai implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Gongkai());
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
