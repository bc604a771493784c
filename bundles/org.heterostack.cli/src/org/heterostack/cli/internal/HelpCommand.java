package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** {@code heterostack help [COMMAND]}: the overview, or one command's usage. */
final class HelpCommand implements Command {

    private final CommandLine commandLine;

    HelpCommand(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "show this help, or the usage of one command";
    }

    @Override
    public String usage() {
        return "heterostack help [COMMAND]   (or: heterostack --help)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("help takes at most one command name");
        }
        if (args.isEmpty()) {
            out.print(commandLine.overview());
        } else {
            out.println(commandLine.command(args.get(0)).usage());
        }
        return ExitCode.OK;
    }
}
