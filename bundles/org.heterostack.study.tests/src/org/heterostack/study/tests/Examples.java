package org.heterostack.study.tests;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.library.Library;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.study.EngineLookup;
import org.heterostack.study.LocalBackend;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.heterostack.study.StudySummary;

/** The repository's example studies, embedded in this bundle, planned with the installed engines and the library. */
final class Examples {

    private Examples() {
    }

    static HeterostackModel load(String name) {
        return TestStudies.load(stream(name), name);
    }

    static InputStream stream(String name) {
        InputStream in = Examples.class.getResourceAsStream("/examples/" + name);
        if (in == null) {
            throw new IllegalStateException("example " + name + " is not embedded in the test bundle");
        }
        return in;
    }

    static StudyPlan plan(Study study) throws StudyException {
        IEngineRegistry registry = EngineRegistryLookup.registry();
        return StudyPlan.of(study, EngineLookup.of(registry), MaterialCatalog.of(Library.get().model().getMaterials()));
    }

    static StudySummary run(StudyPlan plan, Path store, StudyIndex index) throws Exception {
        try (ResultStore results = ResultStore.open(store)) {
            return new StudyRunner(new LocalBackend(2), Duration.ofMinutes(2)).run(plan, results, index, false, null);
        }
    }

    static String since(Instant start) {
        return String.format("%.2f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
