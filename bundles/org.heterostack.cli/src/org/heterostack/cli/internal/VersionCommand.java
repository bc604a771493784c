package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code heterostack version}: product version, build id and the Java runtime. */
@Command(name = "version", description = "print the version, build id and Java runtime",
        customSynopsis = "heterostack version   (or: heterostack --version)")
final class VersionCommand implements Callable<Integer> {

    private final PrintStream out;

    @Unmatched
    private List<String> args = new ArrayList<>();

    VersionCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments, got: " + String.join(" ", args));
        }
        out.println(Product.current().describe());
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return ExitCode.OK;
    }
}
