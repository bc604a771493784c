package org.heterostack.cli.internal;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors as the documented one-line messages (docs/cli.md): an unknown option or command at the top
 * level, an unknown option of a command with the command's one-line usage, an option without its value.
 */
final class ParseErrors {

    private ParseErrors() {
    }

    /**
     * @param e           what picocli found wrong
     * @param commandLine the command line (for the command names)
     * @return the message, without the {@code heterostack: } prefix
     */
    static String message(ParameterException e, CommandLine commandLine) {
        picocli.CommandLine command = e.getCommandLine();
        String qualified = command.getCommandSpec().qualifiedName(" ");
        String name = qualified.startsWith("heterostack ") ? qualified.substring("heterostack ".length()) : qualified;
        boolean root = command.getParent() == null;
        if (e instanceof UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            if (root) {
                return CommandLine.isOption(unmatched) ? "unknown option '" + first + "'; try 'heterostack --help'"
                        : "unknown command '" + first + "'; commands: " + String.join(", ", commandLine.names());
            }
            if (!CommandLine.isOption(unmatched) && !command.getSubcommands().isEmpty()) {
                return name + ": unknown subcommand '" + first + "'; subcommands: "
                        + String.join(", ", command.getSubcommands().keySet());
            }
            return name + ": unknown option '" + first + "'; usage: " + synopsis(command);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec spec = missing.getMissing().get(0);
            if (spec instanceof OptionSpec option) {
                return name + ": " + option.longestName() + " needs a value; usage: " + synopsis(command);
            }
        }
        return name + ": " + e.getMessage() + "; usage: " + synopsis(command);
    }

    /**
     * @param command a picocli command
     * @return its one-line usage, e.g. {@code heterostack engines [--json]}
     */
    static String synopsis(picocli.CommandLine command) {
        String[] synopsis = command.getCommandSpec().usageMessage().customSynopsis();
        return synopsis.length > 0 ? synopsis[0] : "heterostack " + command.getCommandName();
    }
}
