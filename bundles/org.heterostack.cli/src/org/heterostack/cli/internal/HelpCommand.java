package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code heterostack help [COMMAND [SUBCOMMAND]]}: the overview, or one command's usage. */
@Command(name = "help", description = "show this help, or the usage of one command",
        customSynopsis = "heterostack help [COMMAND [SUBCOMMAND]]   (or: heterostack --help)")
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
        if (args.isEmpty()) {
            out.print(commandLine.overview());
            return ExitCode.OK;
        }
        if (args.size() > 1 && !commandLine.hasSubcommands(args.get(0))) {
            throw new UsageException("help takes at most one command name");
        }
        picocli.CommandLine command = commandLine.command(args.get(0));
        for (String name : args.subList(1, args.size())) {
            if (command.getSubcommands().isEmpty()) {
                throw new UsageException("help takes at most one command name and one subcommand name");
            }
            command = command.getSubcommands().get(name);
            if (command == null) {
                throw new UsageException("unknown subcommand '" + name + "' of " + args.get(0) + "; subcommands: "
                        + String.join(", ", commandLine.command(args.get(0)).getSubcommands().keySet()));
            }
        }
        command.usage(out);
        return ExitCode.OK;
    }
}
