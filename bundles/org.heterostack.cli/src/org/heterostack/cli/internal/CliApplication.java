package org.heterostack.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application behind {@code ./heterostack COMMAND}. It needs no display and no
 * workspace; its exit code is the command's {@link ExitCode}.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = new CommandLine().run(args == null ? List.of() : List.of(args), System.out, System.err);
        System.out.flush();
        return code;
    }

    @Override
    public void stop() {
        // commands run to completion on the launching thread
    }
}
