package org.heterostack.cli.internal;

import java.nio.file.Path;

import org.heterostack.study.StudyIndex;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options the {@code study} subcommands share, as picocli mixins. */
final class StudyOptions {

    private StudyOptions() {
    }

    /** {@code FILE [--study NAME]}: the model file and, optionally, the one study of it to use. */
    static final class Target {

        @Parameters(paramLabel = "FILE", arity = "1", description = "the model file")
        Path file;

        @Option(names = "--study", paramLabel = "NAME", description = "this study only (default: every study)")
        String study;
    }

    /** {@code --index FILE}: the study index. */
    static final class Index {

        @Option(names = "--index", paramLabel = "FILE", description = "the study index (default "
                + StudyFiles.DEFAULT_INDEX + ")")
        String index;

        /**
         * @return the open index
         * @throws UsageException when it cannot be opened
         */
        StudyIndex open() throws UsageException {
            return StudyFiles.openIndex(index);
        }
    }
}
