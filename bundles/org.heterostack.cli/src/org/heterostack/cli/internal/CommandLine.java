package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code heterostack [OPTION | COMMAND ARGS...]} and runs the chosen command. */
public final class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** Creates the command line with every built-in command. */
    public CommandLine() {
        add(new HelpCommand(this));
        add(new VersionCommand());
        add(new EnginesCommand());
        add(new AnalyzeCommand());
    }

    private void add(Command command) {
        commands.put(command.name(), command);
    }

    /**
     * Runs one invocation.
     *
     * @param args the program arguments
     * @param out  standard output
     * @param err  standard error
     * @return the {@link ExitCode}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println("heterostack: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private int dispatch(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given; try 'heterostack --help'");
        }
        String first = args.get(0);
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        return switch (first) {
            case "--help", "-h" -> command("help").run(rest, out, err);
            case "--version", "-V" -> command("version").run(rest, out, err);
            default -> {
                if (first.startsWith("-")) {
                    throw new UsageException("unknown option '" + first + "'; try 'heterostack --help'");
                }
                yield command(first).run(rest, out, err);
            }
        };
    }

    /**
     * @param name a command name
     * @return the command
     * @throws UsageException if there is no such command
     */
    Command command(String name) throws UsageException {
        Command command = commands.get(name);
        if (command == null) {
            throw new UsageException("unknown command '" + name + "'; commands: " + String.join(", ", commands.keySet()));
        }
        return command;
    }

    /** @return the text of {@code heterostack --help} */
    String overview() {
        StringBuilder text = new StringBuilder();
        text.append(Product.current().describe())
                .append(" - workbench for 2D/3D perovskite heterostructures\n\n")
                .append("Usage:\n")
                .append("  heterostack [--data DIR]        open the workbench on workspace DIR\n")
                .append("                                  (default ~/heterostack-workspace)\n")
                .append("  heterostack COMMAND [ARGS...]   run a command without a display\n\n")
                .append("Commands:\n");
        commands.values().forEach(c -> text.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        text.append("\nOptions:\n")
                .append("  --data DIR     workspace directory for the workbench\n")
                .append("  --help, -h     show this help\n")
                .append("  --version, -V  print the version\n\n")
                .append("Exit codes: 0 ok, 1 an analysis failed, 2 bad input or usage.\n");
        return text.toString();
    }
}
