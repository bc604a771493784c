package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code heterostack [OPTION | COMMAND ARGS...]}: parses the arguments with picocli (one annotated class per
 * command) and runs the chosen command. Its messages are those documented in docs/cli.md: picocli's own parse
 * errors are turned into one line naming the command, what is wrong and its usage, and a {@link UsageException}
 * of a command into {@code heterostack: MESSAGE} with exit code 2. {@code @FILE} arguments are not expanded.
 */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    /** Every command, made once when an invocation needs them all (help, an unknown command). */
    private picocli.CommandLine tree;

    /** Creates the command line with every built-in command, writing to the standard streams. */
    public CommandLine() {
        this(System.out, System.err);
    }

    private CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        return new CommandLine(out, err).execute(args);
    }

    private int execute(List<String> args) {
        List<String> words = new ArrayList<>(args);
        if (!words.isEmpty() && (words.get(0).equals("--help") || words.get(0).equals("-h"))) {
            words.set(0, "help");
        } else if (!words.isEmpty() && (words.get(0).equals("--version") || words.get(0).equals("-V"))) {
            words.set(0, "version");
        }
        if (asksForHelp(words)) {
            words = helpWords(words);
        }
        Supplier<picocli.CommandLine> named = words.isEmpty() ? null : commands().get(words.get(0));
        picocli.CommandLine root = named == null ? tree() : root(List.of(named));
        return root.execute(words.toArray(String[]::new));
    }

    /**
     * Does {@code COMMAND ... --help} (or {@code -h}) ask for a command's help? The option counts anywhere before
     * {@code --}, as users add it to the end of the command they are writing.
     */
    private boolean asksForHelp(List<String> words) {
        if (words.size() < 2 || words.get(0).equals("help") || !commands().containsKey(words.get(0))) {
            return false;
        }
        int end = words.indexOf("--");
        List<String> options = end < 0 ? words : words.subList(0, end);
        return options.contains("--help") || options.contains("-h");
    }

    /** @return {@code help COMMAND [SUBCOMMAND]} for {@code COMMAND [SUBCOMMAND] ... --help} */
    private List<String> helpWords(List<String> words) {
        List<String> help = new ArrayList<>(List.of("help", words.get(0)));
        picocli.CommandLine command = tree().getSubcommands().get(words.get(0));
        if (command.getSubcommands().containsKey(words.get(1))) {
            help.add(words.get(1));
        }
        return help;
    }

    /**
     * The commands, by name in the order of {@code --help}, each made when asked for: an invocation of one command
     * makes only that one (picocli reads a command's annotations when it is made).
     */
    Map<String, Supplier<picocli.CommandLine>> commands() {
        Map<String, Supplier<picocli.CommandLine>> commands = new LinkedHashMap<>();
        commands.put("help", () -> new picocli.CommandLine(new HelpCommand(this, out)));
        commands.put("version", () -> new picocli.CommandLine(new VersionCommand(out)));
        commands.put("engines", () -> new picocli.CommandLine(new EnginesCommand(out)));
        commands.put("analyze", () -> new picocli.CommandLine(new AnalyzeCommand(out, err)));
        commands.put("study", this::studyCommands);
        return commands;
    }

    /** @return every command, with fresh command objects for this invocation, made once */
    picocli.CommandLine tree() {
        if (tree == null) {
            tree = root(commands().values());
        }
        return tree;
    }

    /** @return the root command with the given commands under it */
    private picocli.CommandLine root(Collection<Supplier<picocli.CommandLine>> commands) {
        picocli.CommandLine root = new picocli.CommandLine(new RootCommand(this));
        commands.forEach(command -> root.addSubcommand(command.get()));
        root.setExpandAtFiles(false);
        root.setOverwrittenOptionsAllowed(true);
        root.setParameterExceptionHandler(parseErrors());
        root.setExecutionExceptionHandler(usageErrors());
        return root;
    }

    private picocli.CommandLine studyCommands() {
        picocli.CommandLine study = new picocli.CommandLine(new StudyCommand());
        study.addSubcommand(new StudyRunCommand(out, err));
        study.addSubcommand(new StudyStatusCommand(out, err));
        study.addSubcommand(new StudyQueryCommand(out, err));
        study.addSubcommand(new StudyExportCommand(out, err));
        study.addSubcommand(new StudyIndexCommand(out, err));
        study.addSubcommand(new StudyInvalidateCommand(out, err));
        return study;
    }

    /** @return the names of the commands, in the order of {@code --help} */
    List<String> names() {
        return List.copyOf(tree().getSubcommands().keySet());
    }

    /**
     * @param name a word
     * @return whether it names a command that has subcommands ({@code study})
     */
    boolean hasSubcommands(String name) {
        picocli.CommandLine command = tree().getSubcommands().get(name);
        return command != null && !command.getSubcommands().isEmpty();
    }

    /**
     * @param name a command name
     * @return its picocli command
     * @throws UsageException if there is no such command
     */
    picocli.CommandLine command(String name) throws UsageException {
        Map<String, picocli.CommandLine> commands = tree().getSubcommands();
        picocli.CommandLine command = commands.get(name);
        if (command == null) {
            throw new UsageException("unknown command '" + name + "'; commands: "
                    + String.join(", ", commands.keySet()));
        }
        return command;
    }

    private IParameterExceptionHandler parseErrors() {
        return (ParameterException e, String[] args) -> {
            err.println("heterostack: " + ParseErrors.message(e, this));
            return ExitCode.USAGE;
        };
    }

    private IExecutionExceptionHandler usageErrors() {
        return (Exception e, picocli.CommandLine command, ParseResult parsed) -> {
            if (e instanceof UsageException usage) {
                err.println("heterostack: " + usage.getMessage());
                return ExitCode.USAGE;
            }
            throw e;
        };
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
        tree().getSubcommands().forEach((name, command) -> text.append(String.format("  %-12s %s%n", name,
                command.getCommandSpec().usageMessage().description()[0])));
        // run by the heterostack script itself, through the product's p2 director (releng/scripts/p2.sh)
        text.append(String.format("  %-12s %s%n", "install", "install features from a p2 repository: "
                + "install REPOSITORY FEATURE_ID..."))
                .append(String.format("  %-12s %s%n", "uninstall", "remove installed features: uninstall FEATURE_ID..."))
                .append(String.format("  %-12s %s%n", "installed", "list the features installed besides the "
                        + "product's own [--json]"));
        text.append("\nOptions:\n")
                .append("  --data DIR     workspace directory for the workbench\n")
                .append("  --help, -h     show this help\n")
                .append("  --version, -V  print the version\n\n")
                .append("Exit codes: 0 ok, 1 an analysis failed, 2 bad input or usage.\n");
        return text.toString();
    }

    /** {@code heterostack} without a command. */
    @picocli.CommandLine.Command(name = "heterostack")
    static final class RootCommand implements java.util.concurrent.Callable<Integer> {

        private final CommandLine commandLine;

        RootCommand(CommandLine commandLine) {
            this.commandLine = commandLine;
        }

        @Override
        public Integer call() throws UsageException {
            throw new UsageException("no command given; try 'heterostack --help'");
        }

        CommandLine commandLine() {
            return commandLine;
        }
    }

    /** Is an unmatched argument an option (it starts with a dash) rather than a word? */
    static boolean isOption(UnmatchedArgumentException e) {
        return !e.getUnmatched().isEmpty() && e.getUnmatched().get(0).startsWith("-");
    }
}
