package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/**
 * The command line's documented messages and exit codes (docs/cli.md), in this process: picocli's parse errors come
 * out as the one-line messages the hand-written parser printed, and {@code @FILE} arguments are not expanded.
 */
class CommandLineMessagesTest {

    private static final String ANALYZE_USAGE = "heterostack analyze FILE... [--engine ID]... [--target NAME]..."
            + " [--set NAME.FEATURE=VALUE]... [--setting NAME=VALUE]... [--json] [--store] [--no-validate]"
            + " [--timeout SECONDS]";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void refused(String message, String... args) {
        CliRun run = run(args);
        assertEquals(ExitCode.USAGE, run.exit(), run.toString());
        assertEquals("heterostack: " + message + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void topLevelMistakesAreOneClearLine() {
        refused("no command given; try 'heterostack --help'");
        refused("unknown option '--frobnicate'; try 'heterostack --help'", "--frobnicate");
        refused("unknown command 'frobnicate'; commands: " + String.join(", ", new CommandLine().names()),
                "frobnicate");
    }

    @Test
    void analyzeMistakesNameTheCommandAndItsUsage() {
        refused("analyze needs a model file; usage: " + ANALYZE_USAGE, "analyze");
        refused("analyze: unknown option '--bogus'; usage: " + ANALYZE_USAGE, "analyze", "x.hstack", "--bogus");
        refused("analyze: --engine needs a value; usage: " + ANALYZE_USAGE, "analyze", "x.hstack", "--engine");
        refused("analyze: --target needs a value; usage: " + ANALYZE_USAGE, "analyze", "x.hstack", "--target",
                "--json");
        refused("analyze: --set 'x' is not of the form NAME.FEATURE=VALUE", "analyze", "a.hstack", "--set", "x");
        refused("analyze: --store cannot be combined with --no-validate: the file would hold results of a model "
                + "that is not valid", "analyze", "a.hstack", "--store", "--no-validate");
        refused("analyze: --engine names the engines to run; it cannot be combined with --all-engines", "analyze",
                "a.hstack", "--engine", "e", "--all-engines");
        for (String timeout : new String[] { "0", "-5", "86401", "1.5", "soon" }) {
            refused("analyze: --timeout '" + timeout + "' is not a whole number of seconds from 1 to 86400; usage: "
                    + ANALYZE_USAGE, "analyze", "a.hstack", "--timeout", timeout);
        }
        refused("analyze: --timeout needs a value; usage: " + ANALYZE_USAGE, "analyze", "a.hstack", "--timeout");
    }

    @Test
    void otherCommandsRefuseWhatTheyDoNotTake() {
        refused("engines: unknown argument '--x'; usage: heterostack engines [--json]", "engines", "--x");
        refused("version takes no arguments, got: now please", "version", "now", "please");
        refused("help takes at most one command name", "help", "a", "b");
        refused("unknown command 'nothing'; commands: " + String.join(", ", new CommandLine().names()), "help",
                "nothing");
    }

    @Test
    void atFilesAreNotExpandedAndRepeatedFlagsAreAccepted() {
        CliRun run = run("analyze", "@no-such-arguments", "--json", "--json");
        assertEquals(ExitCode.USAGE, run.exit(), run.toString());
        assertTrue(run.err().startsWith("heterostack: @no-such-arguments"), run.toString());
    }

    @Test
    void helpListsTheCommandsAndACommandsOptions() {
        CliRun overview = run("--help");
        assertEquals(ExitCode.OK, overview.exit());
        assertTrue(overview.out().contains("Usage:") && overview.out().contains("  version ")
                && overview.out().contains("  analyze      run analysis engines on the objects of model files")
                && overview.out().contains("Exit codes: 0 ok, 1 an analysis failed, 2 bad input or usage."),
                overview.out());
        CliRun analyze = run("help", "analyze");
        assertEquals(ExitCode.OK, analyze.exit());
        assertTrue(analyze.out().startsWith("Usage: heterostack analyze FILE... [--engine ID]...")
                && analyze.out().contains("run analysis engines on the objects of model files")
                && analyze.out().contains("--prefer=ID")
                && analyze.out().contains("--all-engines"), analyze.out());
    }

    /** "COMMAND --help" (or -h), also at the end of a command being written, prints what "help COMMAND" prints. */
    @Test
    void helpOptionAfterACommandPrintsThatCommandsHelp() {
        assertEquals(run("help", "analyze"), run("analyze", "--help"));
        assertEquals(run("help", "analyze"), run("analyze", "examples/x.hstack", "--engine", "a", "-h"));
        assertEquals(run("help", "study"), run("study", "--help"));
        CliRun studyRun = run("study", "run", "--help");
        assertEquals(run("help", "study", "run"), studyRun);
        assertEquals(ExitCode.OK, studyRun.exit());
        assertTrue(studyRun.out().startsWith("Usage: heterostack study run"), studyRun.out());
        // after "--" it is a file name
        assertTrue(run("analyze", "--", "--help").err().contains("--help"));
    }
}
