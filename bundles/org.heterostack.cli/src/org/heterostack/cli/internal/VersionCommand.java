package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** {@code heterostack version}: product version, build id and the Java runtime. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the version, build id and Java runtime";
    }

    @Override
    public String usage() {
        return "heterostack version   (or: heterostack --version)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments, got: " + String.join(" ", args));
        }
        out.println(Product.current().describe());
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return ExitCode.OK;
    }
}
