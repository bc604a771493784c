package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One {@code heterostack COMMAND}: a name, a one-line summary, its usage text and what it does. */
public interface Command {

    /** @return the word that selects this command */
    String name();

    /** @return one line for the command list of {@code --help} */
    String summary();

    /** @return the usage text shown by {@code heterostack help COMMAND} */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out  standard output (results)
     * @param err  standard error (diagnostics)
     * @return an {@link ExitCode}
     * @throws UsageException on bad usage or input
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
