package org.heterostack.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.EngineCategory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the CLI tests need installed: the example models of the examples bundle and an engine of every category. */
public final class TestInstallation {

    private TestInstallation() {
    }

    /**
     * @return the example models, as the examples bundle carries them
     * @throws IOException when one cannot be read
     */
    public static List<byte[]> examples() throws IOException {
        List<byte[]> examples = new ArrayList<>();
        var entries = examplesBundle().findEntries("/examples", "*.hstack", false);
        while (entries != null && entries.hasMoreElements()) {
            try (var in = entries.nextElement().openStream()) {
                examples.add(in.readAllBytes());
            }
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("the examples bundle has no .hstack files");
        }
        return examples;
    }

    /**
     * @param name an example's file name
     * @return its content
     * @throws IOException when it cannot be read
     */
    public static byte[] example(String name) throws IOException {
        var entry = examplesBundle().getEntry("/examples/" + name);
        if (entry == null) {
            throw new IllegalStateException("the examples bundle has no " + name);
        }
        try (var in = entry.openStream()) {
            return in.readAllBytes();
        }
    }

    private static Bundle examplesBundle() {
        Bundle self = FrameworkUtil.getBundle(TestInstallation.class);
        return Arrays.stream(self.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.heterostack.examples")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the examples bundle is not installed"));
    }

    /**
     * Waits until Declarative Services has registered an engine of every category.
     *
     * @throws InterruptedException when interrupted
     */
    public static void waitForEngines() throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            EnumSet<EngineCategory> seen = EnumSet.noneOf(EngineCategory.class);
            for (IAnalysisEngine engine : EngineRegistryLookup.registry().engines()) {
                seen.add(engine.descriptor().category());
            }
            if (seen.size() == EngineCategory.values().length) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the engines of every category did not appear within 20 s");
    }
}
