package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.model.Perovskite3D;
import org.heterostack.model.io.FileDiagnostic;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelMigration;
import org.heterostack.model.io.ModelMigrationException;
import org.heterostack.model.io.ModelMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The migration hook: files of an older model version are migrated before EMF reads them. */
class MigrationTest {

    private static final String V09 = "http://heterostack.org/model/0.9";
    private static final String V08 = "http://heterostack.org/model/0.8";

    /** A fictitious 0.9 -> 1.0 migration (1.0 -> 1.1 is the model's own): 0.9 called the band gap 'gapEv'. */
    private static final ModelMigration FROM_09 = new ModelMigration() {
        @Override
        public String sourceNamespace() {
            return V09;
        }

        @Override
        public String targetNamespace() {
            return "http://heterostack.org/model/1.0";
        }

        @Override
        public void migrate(Document document) {
            ModelMigrations.renameNamespace(document, V09, targetNamespace());
            NodeList materials = document.getElementsByTagName("materials");
            for (int i = 0; i < materials.getLength(); i++) {
                Element material = (Element) materials.item(i);
                if (material.hasAttribute("gapEv")) {
                    material.setAttribute("bandGapEv", material.getAttribute("gapEv"));
                    material.removeAttribute("gapEv");
                }
            }
        }
    };

    /** A fictitious 0.8 -> 0.9 migration that refuses what it cannot convert. */
    private static final ModelMigration FROM_08 = new ModelMigration() {
        @Override
        public String sourceNamespace() {
            return V08;
        }

        @Override
        public String targetNamespace() {
            return V09;
        }

        @Override
        public void migrate(Document document) throws ModelMigrationException {
            throw new ModelMigrationException("0.8 files with devices cannot be converted");
        }
    };

    @AfterEach
    void unregister() {
        ModelMigrations.unregister(FROM_09);
        ModelMigrations.unregister(FROM_08);
    }

    private static String file(String namespace) {
        return "<?xml version=\"1.0\"?>\n<hstack:HeterostackModel xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:hstack=\"" + namespace + "\">\n  <materials xsi:type=\"hstack:Perovskite3D\" name=\"MAPbI3\" "
                + "gapEv=\"1.52\">\n    <aSite ion=\"MA\"/>\n  </materials>\n</hstack:HeterostackModel>\n";
    }

    @Test
    void anOlderFileIsMigratedWithANotice() {
        ModelMigrations.register(FROM_09);
        LoadResult result = TestModels.parse(file(V09));
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals(1.52, ((Perovskite3D) result.model().findByName("MAPbI3")).getBandGapEv());
        assertEquals(List.of("test.hstack: warning: migrated from Heterostack model version 0.9 to 1.1; saving writes "
                + "version 1.1"), result.diagnostics().stream().map(FileDiagnostic::toString).toList());
        assertTrue(TestModels.write(result.model()).contains("xmlns:hstack=\"http://heterostack.org/model/1.1\""));
    }

    @Test
    void migrationsAreChained() {
        ModelMigrations.register(FROM_09);
        ModelMigrations.register(FROM_08);
        List<ModelMigration> chain = ModelMigrations.chain(V08);
        assertEquals(List.of(FROM_08, FROM_09), chain.subList(0, 2));
        assertEquals(List.of("http://heterostack.org/model/1.0", "http://heterostack.org/model/1.1"),
                chain.subList(2, 3).stream().flatMap(m -> java.util.stream.Stream.of(m.sourceNamespace(),
                        m.targetNamespace())).toList());
        assertEquals(List.of(), ModelMigrations.chain("http://heterostack.org/model/1.1"));
        assertNull(ModelMigrations.chain("http://heterostack.org/model/0.7"));
    }

    @Test
    void aFailingMigrationIsReported() {
        ModelMigrations.register(FROM_09);
        ModelMigrations.register(FROM_08);
        LoadResult result = TestModels.parse(file(V08));
        assertNull(result.model());
        assertEquals(List.of("test.hstack:2:128: error: cannot migrate from model version 0.8: 0.8 files with devices "
                + "cannot be converted"), result.diagnostics().stream().map(FileDiagnostic::toString).toList());
    }

    @Test
    void withoutAMigrationTheVersionIsRefused() {
        LoadResult result = TestModels.parse(file(V09));
        assertEquals(List.of("test.hstack:2:128: error: Heterostack model version 0.9 cannot be read: no migration to "
                + "version 1.1 is registered"), result.diagnostics().stream().map(FileDiagnostic::toString).toList());
    }
}
