package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code heterostack help [COMMAND]}: the overview, or one command's usage. */
@Command(name = "help", description = "show this help, or the usage of one command",
        customSynopsis = "heterostack help [COMMAND]   (or: heterostack --help)")
final class HelpCommand implements Callable<Integer> {

    private final CommandLine commandLine;
    private final PrintStream out;

    @Unmatched
    private List<String> args = new ArrayList<>();

    HelpCommand(CommandLine commandLine, PrintStream out) {
        this.commandLine = commandLine;
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("help takes at most one command name");
        }
        if (args.isEmpty()) {
            out.print(commandLine.overview());
        } else {
            commandLine.command(args.get(0)).usage(out);
        }
        return ExitCode.OK;
    }
}
