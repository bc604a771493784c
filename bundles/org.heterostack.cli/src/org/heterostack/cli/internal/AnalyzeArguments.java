package org.heterostack.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of {@code heterostack analyze}.
 *
 * @param file      the model file
 * @param engineIds engines asked for (empty: the engines of the run plan)
 * @param preferred engines preferred in their category ({@code --prefer})
 * @param allEngines whether every engine that applies runs, whatever is preferred ({@code --all-engines})
 * @param targets   names of the objects to analyse (empty: every material, heterostructure and device)
 * @param overrides {@code NAME.FEATURE} to value, applied to a copy of the model for this run
 * @param settings  engine setting name to value
 * @param json      whether to print one JSON object
 * @param store     whether to write the results into the model file
 * @param validate  whether to validate the model first (refusing an invalid one)
 */
record AnalyzeArguments(Path file, List<String> engineIds, List<String> preferred, boolean allEngines,
        List<String> targets, Map<String, String> overrides,
        Map<String, String> settings, boolean json, boolean store, boolean validate) {

    static final String USAGE = "heterostack analyze FILE [--engine ID]... [--target NAME]..."
            + " [--set NAME.FEATURE=VALUE]... [--setting NAME=VALUE]... [--json] [--store] [--no-validate]";

    /**
     * @param args the arguments after {@code analyze}
     * @return the parsed arguments
     * @throws UsageException on anything malformed
     */
    static AnalyzeArguments parse(List<String> args) throws UsageException {
        Path file = null;
        List<String> engines = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        boolean allEngines = false;
        List<String> targets = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        boolean json = false;
        boolean store = false;
        boolean validate = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--json" -> json = true;
                case "--store" -> store = true;
                case "--no-validate" -> validate = false;
                case "--all-engines" -> allEngines = true;
                case "--engine" -> engines.add(value(args, ++i, arg));
                case "--prefer" -> preferred.add(value(args, ++i, arg));
                case "--target" -> targets.add(value(args, ++i, arg));
                case "--set" -> put(overrides, value(args, ++i, arg), arg, "NAME.FEATURE=VALUE");
                case "--setting" -> put(settings, value(args, ++i, arg), arg, "NAME=VALUE");
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("analyze: unknown option '" + arg + "'; usage: " + USAGE);
                    }
                    if (file != null) {
                        throw new UsageException("analyze takes one model file, got '" + file + "' and '" + arg + "'");
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("analyze needs a model file; usage: " + USAGE);
        }
        if (store && !overrides.isEmpty()) {
            throw new UsageException("analyze: --store cannot be combined with --set: the results would not be those"
                    + " of the model in the file");
        }
        if (store && !validate) {
            throw new UsageException("analyze: --store cannot be combined with --no-validate: the file would hold "
                    + "results of a model that is not valid");
        }
        if (!engines.isEmpty() && (allEngines || !preferred.isEmpty())) {
            throw new UsageException("analyze: --engine names the engines to run; it cannot be combined with "
                    + (allEngines ? "--all-engines" : "--prefer"));
        }
        if (allEngines && !preferred.isEmpty()) {
            throw new UsageException("analyze: --all-engines runs every engine; it cannot be combined with --prefer");
        }
        return new AnalyzeArguments(file, engines, preferred, allEngines, targets, overrides, settings, json, store,
                validate);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException("analyze: " + option + " needs a value; usage: " + USAGE);
        }
        return args.get(index);
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
