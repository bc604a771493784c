package org.heterostack.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code heterostack study SUBCOMMAND}: the study layer on the command line (docs/cli.md): run a study's sweep,
 * see how far it is, query and export its results, rebuild the index and drop stored results.
 */
@Command(name = "study", description = { "run parameter studies and query their results",
    "Subcommands: run, status, query, export, index, invalidate ('heterostack help study SUBCOMMAND')." },
        customSynopsis = "heterostack study run|status|query|export|index|invalidate ARGS...")
final class StudyCommand implements Callable<Integer> {

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("study needs a subcommand: run, status, query, export, index or invalidate; "
                + "try 'heterostack help study'");
    }
}
