package org.heterostack.product.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a start spends its time, from a Java Flight Recorder profile ({@code -XX:StartFlightRecording}): the share
 * of the CPU samples of every Java thread that fall into each phase of a start (a sample counts for every phase on
 * its stack, so the shares overlap), the packages that run most, and the time of the JIT compilers (the JVM's own
 * compiler statistics) and of the garbage collector's pauses, which the samples do not see.
 */
final class StartupProfile {

    /** Phases of a start, each a label and the class or method names whose frames mark it. */
    private static final Map<String, List<String>> PHASES = phases();

    private final int samples;
    private final Map<String, Integer> byPhase = new LinkedHashMap<>();
    private final Map<String, Integer> byPackage = new TreeMap<>();
    private Duration compilation = Duration.ZERO;
    private long compilations;
    private Duration garbageCollection = Duration.ZERO;

    private StartupProfile(Path recording) throws IOException {
        PHASES.keySet().forEach(phase -> byPhase.put(phase, 0));
        int count = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    count++;
                    add(event.getStackTrace());
                }
                case "jdk.CompilerStatistics" -> {
                    // cumulative since the JVM started: the last (largest) one counts
                    compilation = max(compilation, event.getDuration("totalTimeSpent"));
                    compilations = Math.max(compilations, event.getLong("compileCount"));
                }
                case "jdk.GarbageCollection" -> garbageCollection = garbageCollection.plus(event.getDuration());
                default -> { /* other events are not part of the summary */ }
            }
        }
        samples = count;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** @return the summary of the recording, several lines */
    static String summarize(Path recording) throws IOException {
        return new StartupProfile(recording).toString();
    }

    private void add(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        byPackage.merge(packageOf(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            PHASES.forEach((phase, markers) -> {
                if (!seen.contains(phase) && markers.stream().anyMatch(method::startsWith)) {
                    seen.add(phase);
                    byPhase.merge(phase, 1, Integer::sum);
                }
            });
        }
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(4, parts.length - 1)));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("  %d CPU samples of Java threads; JIT: %d compilations in %.2f s; GC pauses %.2f s%n",
                samples, compilations, compilation.toNanos() / 1e9, garbageCollection.toNanos() / 1e9));
        byPhase.forEach((phase, count) -> text.append(String.format("  %5.1f %%  %s%n", percent(count), phase)));
        text.append("  most samples on top of the stack, by package:\n");
        byPackage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(entry -> text.append(String.format("  %5.1f %%  %s%n", percent(entry.getValue()),
                        entry.getKey())));
        return text.toString();
    }

    private double percent(int count) {
        return samples == 0 ? 0 : 100.0 * count / samples;
    }

    private static Map<String, List<String>> phases() {
        Map<String, List<String>> phases = new LinkedHashMap<>();
        phases.put("class loading by bundle class loaders", List.of(
                "org.eclipse.osgi.internal.loader.ModuleClassLoader.loadClass"));
        phases.put("  of which defining (reading, parsing, verifying) classes", List.of(
                "org.eclipse.osgi.internal.loader.ModuleClassLoader.defineClass"));
        phases.put("class loading by the JDK's and the launcher's class loaders", List.of(
                "jdk.internal.loader.BuiltinClassLoader.loadClass", "java.net.URLClassLoader.findClass"));
        phases.put("installing and resolving bundles (simpleconfigurator, resolver)", List.of(
                "org.eclipse.equinox.internal.simpleconfigurator.SimpleConfiguratorImpl.applyConfiguration",
                "org.eclipse.osgi.container.ModuleResolver.resolveDelta"));
        phases.put("bundle activators", List.of("org.eclipse.osgi.internal.framework.BundleContextImpl.startActivator"));
        phases.put("declarative services (SCR)", List.of("org.apache.felix.scr.impl."));
        phases.put("extension registry (plugin.xml)", List.of("org.eclipse.core.internal.registry."));
        phases.put("e4 workbench model: loading the saved model", List.of(
                "org.eclipse.e4.ui.internal.workbench.ResourceHandler.loadMostRecentModel"));
        phases.put("e4 workbench model: fragments and processors", List.of(
                "org.eclipse.e4.ui.internal.workbench.ModelAssembler.processModel"));
        phases.put("rendering the window (widgets)", List.of(
                "org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine.createGui"));
        phases.put("CSS styling", List.of("org.eclipse.e4.ui.css.core.impl.engine.AbstractCSSEngine.applyStyles"));
        phases.put("SVG icons", List.of("org.eclipse.swt.internal.image.SVGFileFormat"));
        phases.put("workspace (core.resources)", List.of("org.eclipse.core.internal.resources."));
        phases.put("reading models (EMF XML)", List.of("org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl.load"));
        phases.put("Heterostack's engines", List.of("org.heterostack.engine."));
        return phases;
    }
}
