package org.heterostack.cli.internal.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heterostack.cli.internal.CommandLine;
import org.heterostack.cli.internal.TestInstallation;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelValidation;

/**
 * Damages the example models ({@link Mutation}) and runs {@code heterostack analyze FILE --json} on each, in this
 * process, through the command line's own code; a file that analyses is then also stored with {@code --store}.
 * Each case is judged ({@link Outcome}): no exception may escape, no case may outlast its budget, every refusal
 * must say where, every series must keep as many y as x values, and no file may be damaged by the run.
 */
final class CliFuzzer {

    private static final Pattern POSITIONED = Pattern.compile("case-\\d+\\.hstack:\\d+:\\d+: error: ");
    private static final Pattern SERIES = Pattern.compile("\"x\":\\[([^\\]]*)\\],\"y\":\\[([^\\]]*)\\]");
    private static final Pattern INTERNAL = Pattern.compile("Impl@|Exception|EDouble|EInt|EString|\\tat ");

    private final List<byte[]> examples;
    private final Path directory;
    private final long budgetMs;
    private ExecutorService executor = newExecutor();

    /**
     * @param directory where the fuzzed files are written
     * @param budgetMs  how long one command may take
     */
    CliFuzzer(Path directory, long budgetMs) throws IOException {
        this.examples = TestInstallation.examples();
        this.directory = Files.createDirectories(directory);
        this.budgetMs = budgetMs;
    }

    /**
     * Fuzzes a number of cases.
     *
     * @param seed  the seed; the same seed gives the same files
     * @param cases how many files
     * @return the tally
     */
    FuzzReport run(long seed, int cases) throws IOException, InterruptedException {
        return run(seed, cases, i -> true, report -> { });
    }

    /**
     * Fuzzes a number of cases, judging only some of them: the files of the others are made (so that a case
     * number names the same file whatever is judged) but not run.
     *
     * @param seed     the seed; the same seed gives the same files
     * @param cases    how many files
     * @param selected which case numbers to run
     * @param progress told after each case run, for a long run's live tally
     * @return the tally
     */
    FuzzReport run(long seed, int cases, IntPredicate selected, Consumer<FuzzReport> progress)
            throws IOException, InterruptedException {
        TestInstallation.waitForEngines();
        Random random = new Random(seed);
        FuzzReport report = new FuzzReport();
        try {
            for (int i = 0; i < cases; i++) {
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                byte[] content = mutation.apply(examples.get(random.nextInt(examples.size())), random);
                if (!selected.test(i)) {
                    continue;
                }
                Path file = directory.resolve("case-" + i + ".hstack");
                Files.write(file, content);
                long start = System.nanoTime();
                Judged judged = judge(file, content);
                report.add(file.getFileName().toString(), mutation, judged.outcome(),
                        (System.nanoTime() - start) / 1_000_000, judged.detail());
                if (!judged.outcome().isDefect()) {
                    Files.deleteIfExists(file);
                }
                progress.accept(report);
            }
        } finally {
            executor.shutdownNow();
        }
        return report;
    }

    private record Judged(Outcome outcome, String detail) {
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Judged judge(Path file, byte[] content) throws IOException, InterruptedException {
        Run run;
        try {
            run = cli(List.of("analyze", file.toString(), "--json"));
        } catch (TimeoutException e) {
            return new Judged(Outcome.HANG, "no end within " + budgetMs + " ms");
        } catch (ExecutionException e) {
            return new Judged(Outcome.CRASH, String.valueOf(e.getCause()));
        }
        if (!Arrays.equals(content, Files.readAllBytes(file))) {
            return new Judged(Outcome.DATA_LOST, "analyze changed the file");
        }
        if (INTERNAL.matcher(run.err()).find()) {
            return new Judged(Outcome.INTERNAL_TEXT, run.err());
        }
        return switch (run.exitCode()) {
            case 0, 1 -> analysed(file, run);
            case 2 -> refused(run.err());
            default -> new Judged(Outcome.CRASH, "exit code " + run.exitCode() + ": " + run.err());
        };
    }

    private Judged analysed(Path file, Run run) throws IOException, InterruptedException {
        Matcher series = SERIES.matcher(run.out());
        while (series.find()) {
            if (count(series.group(1)) != count(series.group(2))) {
                return new Judged(Outcome.UNEQUAL_SERIES, series.group().substring(0, Math.min(200,
                        series.group().length())));
            }
        }
        Judged stored = stored(file);
        if (stored != null) {
            return stored;
        }
        return new Judged(run.exitCode() == 0 ? Outcome.ANALYSED : Outcome.ANALYSIS_FAILED, "");
    }

    /** Stores the results of a file that analysed: the file must then load and validate as well as before. */
    private Judged stored(Path file) throws IOException, InterruptedException {
        boolean validBefore = ModelValidation.isValid(ModelFiles.load(file).model());
        Run run;
        try {
            run = cli(List.of("analyze", file.toString(), "--store"));
        } catch (TimeoutException e) {
            return new Judged(Outcome.HANG, "--store: no end within " + budgetMs + " ms");
        } catch (ExecutionException e) {
            return new Judged(Outcome.CRASH, "--store: " + e.getCause());
        }
        LoadResult reloaded = ModelFiles.load(file);
        if (!reloaded.ok()) {
            return new Judged(Outcome.DATA_LOST, "after --store the file does not load: " + reloaded.errors());
        }
        if (validBefore && !ModelValidation.isValid(reloaded.model())) {
            return new Judged(Outcome.DATA_LOST, "after --store the file no longer validates: "
                    + ModelValidation.validate(reloaded.model()));
        }
        if (run.exitCode() > 1) {
            return new Judged(Outcome.DATA_LOST, "--store refused: " + run.err());
        }
        return null;
    }

    private static Judged refused(String err) {
        if (POSITIONED.matcher(err).find()) {
            return new Judged(Outcome.LOAD_ERROR_WITH_POSITION, "");
        }
        if (err.contains("is not a valid model")) {
            return new Judged(Outcome.INVALID_MODEL, "");
        }
        if (err.contains("cannot be analysed on its own") || err.contains("no installed engine applies")) {
            return new Judged(Outcome.USAGE_ERROR, "");
        }
        return new Judged(Outcome.ERROR_WITHOUT_POSITION, err);
    }

    private static int count(String list) {
        return list.isBlank() ? 0 : list.split(",").length;
    }

    private Run cli(List<String> args) throws InterruptedException, ExecutionException, TimeoutException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> exit = executor.submit(() -> new CommandLine().run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        try {
            int code = exit.get(budgetMs, TimeUnit.MILLISECONDS);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exit.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            throw e;
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cli-fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }
}
