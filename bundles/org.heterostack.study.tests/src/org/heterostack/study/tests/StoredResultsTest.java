package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.StoredResults;
import org.junit.jupiter.api.Test;

/** Stored results: one per object and engine, the newest kept. */
class StoredResultsTest {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private static AnalysisResult result(NamedElement target, String engine) {
        AnalysisResult r = F.createAnalysisResult();
        r.setName(org.heterostack.model.io.ResultNames.of(target.getName(), engine));
        r.setTarget(target);
        r.setEngineId(engine);
        return r;
    }

    @Test
    void aNewResultReplacesTheStoredOneOfTheSameObjectAndEngine() {
        HeterostackModel model = ModelFiles.createModel();
        Perovskite3D a = F.createPerovskite3D();
        a.setName("A");
        Perovskite3D b = F.createPerovskite3D();
        b.setName("B");
        model.getMaterials().addAll(List.of(a, b));
        StoredResults.replace(model, List.of(result(a, "e1"), result(a, "e2"), result(b, "e1")));
        AnalysisResult newer = result(a, "e1");
        StoredResults.replace(model, List.of(newer));
        assertEquals(3, model.getResults().size(), "A/e1 replaced, A/e2 and B/e1 kept");
        assertTrue(model.getResults().contains(newer));
        assertSame(model, newer.eContainer(), "the result now belongs to the model");
        assertEquals(1, model.getResults().stream().filter(r -> r.getTarget() == a && "e1".equals(r.getEngineId()))
                .count());
    }
}
