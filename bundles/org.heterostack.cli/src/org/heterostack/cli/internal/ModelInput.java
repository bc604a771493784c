package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Severity;
import org.heterostack.model.io.FileDiagnostic;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;

/** Reading the model file of a command: its load diagnostics and validation findings on standard error. */
final class ModelInput {

    private ModelInput() {
    }

    /**
     * Loads a model file; its warnings go to {@code err}.
     *
     * @param file the file
     * @param err  standard error
     * @return the model
     * @throws UsageException with the file's last error (the others printed before) when it cannot be read
     */
    static HeterostackModel load(Path file, PrintStream err) throws UsageException {
        LoadResult loaded = ModelFiles.load(file);
        if (!loaded.ok()) {
            List<FileDiagnostic> errors = loaded.errors();
            errors.subList(0, errors.size() - 1).forEach(err::println);
            throw new UsageException(errors.get(errors.size() - 1).toString());
        }
        loaded.diagnostics().forEach(err::println);
        return loaded.model();
    }

    /**
     * Validates a model: each finding as {@code FILE: error: message} or {@code FILE: warning: message}.
     *
     * @param model   the model
     * @param file    its file
     * @param enforce whether errors refuse the model (otherwise they are printed as warnings)
     * @param refusal what the refusal says after the count, e.g. {@code nothing was analysed}
     * @param err     standard error
     * @throws UsageException when the model has errors and they are enforced
     */
    static void validate(HeterostackModel model, Path file, boolean enforce, String refusal, PrintStream err)
            throws UsageException {
        List<ModelProblem> problems = ModelValidation.validate(model);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        for (ModelProblem problem : problems) {
            boolean error = problem.severity() == Severity.ERROR && enforce;
            err.println(file + ": " + (error ? "error: " : "warning: ") + problem.message());
        }
        if (errors > 0 && enforce) {
            throw new UsageException(file + " is not a valid model (" + errors + (errors == 1 ? " error" : " errors")
                    + "); " + refusal);
        }
    }
}
