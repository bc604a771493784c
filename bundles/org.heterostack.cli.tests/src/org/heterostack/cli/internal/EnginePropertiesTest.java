package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collection;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.IAnalysisEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Every built-in engine declares the service properties the registry ranks and chooses by (so a command that runs
 * one engine makes no other), and they say what its descriptor says.
 */
class EnginePropertiesTest {

    @BeforeAll
    static void engines() throws InterruptedException {
        TestInstallation.waitForEngines();
    }

    @Test
    void everyEngineDeclaresItsIdVersionAndCategoryAsItsDescriptorSays() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EnginePropertiesTest.class).getBundleContext();
        Collection<ServiceReference<IAnalysisEngine>> references = context.getServiceReferences(IAnalysisEngine.class,
                null);
        assertFalse(references.isEmpty());
        for (ServiceReference<IAnalysisEngine> reference : references) {
            IAnalysisEngine engine = context.getService(reference);
            try {
                EngineDescriptor d = engine.descriptor();
                assertEquals(d.id() + " " + d.version() + " " + d.category().getName(),
                        reference.getProperty(EngineProperties.ID) + " "
                                + reference.getProperty(EngineProperties.VERSION) + " "
                                + reference.getProperty(EngineProperties.CATEGORY),
                        "service properties of " + engine.getClass().getName());
            } finally {
                context.ungetService(reference);
            }
        }
    }
}
