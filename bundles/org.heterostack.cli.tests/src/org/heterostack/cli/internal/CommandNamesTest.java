package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An invocation makes only the command it names ({@link CommandLine#commands()}, by name): each name must be the
 * name picocli gives the command it makes, or the command would be made under a name nobody types.
 */
class CommandNamesTest {

    @Test
    void eachCommandIsMadeUnderItsOwnName() {
        CommandLine commandLine = new CommandLine();
        commandLine.commands().forEach((name, make) -> assertEquals(name, make.get().getCommandName()));
        assertEquals(List.copyOf(commandLine.commands().keySet()), commandLine.names(), "the commands of --help");
    }
}
