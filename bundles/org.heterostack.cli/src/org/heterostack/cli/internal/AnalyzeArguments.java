package org.heterostack.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of {@code heterostack analyze}.
 *
 * @param files     the model files, analysed one after the other
 * @param engineIds engines asked for (empty: the engines of the run plan)
 * @param preferred engines preferred in their category ({@code --prefer})
 * @param allEngines whether every engine that applies runs, whatever is preferred ({@code --all-engines})
 * @param targets   names of the objects to analyse (empty: every material, heterostructure and device)
 * @param overrides {@code NAME.FEATURE} to value, applied to a copy of the model for this run
 * @param settings  engine setting name to value
 * @param json      whether to print one JSON object per file
 * @param store     whether to write the results into the model file
 * @param validate  whether to validate the model first (refusing an invalid one)
 * @param timeout   how long one engine may run on one object ({@code --timeout})
 */
record AnalyzeArguments(List<Path> files, List<String> engineIds, List<String> preferred, boolean allEngines,
        List<String> targets, Map<String, String> overrides,
        Map<String, String> settings, boolean json, boolean store, boolean validate, Duration timeout) {

    static final String USAGE = "heterostack analyze FILE... [--engine ID]... [--target NAME]..."
            + " [--set NAME.FEATURE=VALUE]... [--setting NAME=VALUE]... [--json] [--store] [--no-validate]"
            + " [--timeout SECONDS]";

    /** The default of {@code --timeout}: the engine runner's own, in seconds. */
    static final long DEFAULT_TIMEOUT_S = 600;

    /** The largest {@code --timeout}: one day, in seconds. */
    static final long MAX_TIMEOUT_S = 86_400;

    /**
     * Checks and collects what picocli parsed.
     *
     * @param options the parsed options
     * @return the arguments
     * @throws UsageException on anything malformed
     */
    static AnalyzeArguments of(AnalyzeCommand.Options options) throws UsageException {
        for (Map.Entry<String, List<String>> valued : options.valued().entrySet()) {
            for (String value : valued.getValue()) {
                if (value.startsWith("--")) {
                    throw new UsageException("analyze: " + valued.getKey() + " needs a value; usage: " + USAGE);
                }
            }
        }
        if (options.files().isEmpty()) {
            throw new UsageException("analyze needs a model file; usage: " + USAGE);
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String assignment : options.set()) {
            put(overrides, assignment, "--set", "NAME.FEATURE=VALUE");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String assignment : options.setting()) {
            put(settings, assignment, "--setting", "NAME=VALUE");
        }
        boolean store = options.store();
        boolean validate = !options.noValidate();
        if (store && !overrides.isEmpty()) {
            throw new UsageException("analyze: --store cannot be combined with --set: the results would not be those"
                    + " of the model in the file");
        }
        if (store && !validate) {
            throw new UsageException("analyze: --store cannot be combined with --no-validate: the file would hold "
                    + "results of a model that is not valid");
        }
        List<String> engines = options.engine();
        List<String> preferred = options.prefer();
        boolean allEngines = options.allEngines();
        if (!engines.isEmpty() && (allEngines || !preferred.isEmpty())) {
            throw new UsageException("analyze: --engine names the engines to run; it cannot be combined with "
                    + (allEngines ? "--all-engines" : "--prefer"));
        }
        if (allEngines && !preferred.isEmpty()) {
            throw new UsageException("analyze: --all-engines runs every engine; it cannot be combined with --prefer");
        }
        List<Path> files = new ArrayList<>();
        for (String file : options.files()) {
            try {
                files.add(Path.of(file));
            } catch (InvalidPathException e) {
                throw new UsageException("analyze: '" + file + "' is not a file path: " + e.getReason());
            }
        }
        return new AnalyzeArguments(List.copyOf(files), engines, preferred, allEngines,
                options.target(), overrides, settings, options.json(), store, validate, timeout(options.timeout()));
    }

    private static Duration timeout(String seconds) throws UsageException {
        long value;
        try {
            value = Long.parseLong(seconds.trim());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value <= 0 || value > MAX_TIMEOUT_S) {
            throw new UsageException("analyze: --timeout '" + seconds + "' is not a whole number of seconds from 1 to "
                    + MAX_TIMEOUT_S + "; usage: " + USAGE);
        }
        return Duration.ofSeconds(value);
    }

    private static void put(Map<String, String> map, String assignment, String option, String shape)
            throws UsageException {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new UsageException("analyze: " + option + " '" + assignment + "' is not of the form " + shape);
        }
        map.put(assignment.substring(0, equals).trim(), assignment.substring(equals + 1).trim());
    }
}
