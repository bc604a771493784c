package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.io.HstackResource;
import org.heterostack.model.io.HstackResourceFactory;
import org.heterostack.model.validation.HeterostackValidator;
import org.junit.jupiter.api.Test;

/**
 * Under OSGi the package, the {@code .hstack} resource factory and the validator are registered globally, so a
 * plain EMF resource set (as an editor uses) gets the hardened resource too.
 */
class OsgiRegistrationTest {

    @Test
    void thePackageAndTheValidatorAreRegistered() {
        assertSame(HeterostackPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(HeterostackPackage.eNS_URI));
        assertSame(HeterostackValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(HeterostackPackage.eINSTANCE));
    }

    @Test
    void aPlainResourceSetReadsHstackFilesSafely() throws IOException {
        Path directory = Files.createTempDirectory("hstack-osgi");
        Path good = directory.resolve("good.hstack");
        Path evil = directory.resolve("evil.hstack");
        try (InputStream in = TestModels.example("pea-led.hstack")) {
            Files.copy(in, good);
        }
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<hstack:HeterostackModel xmlns:hstack=\"http://heterostack.org/model/1.1\" description=\"&e;\"/>\n");
        try {
            assertInstanceOf(HstackResourceFactory.class,
                    Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI(good.toString())));
            ResourceSet resourceSet = new ResourceSetImpl();
            Resource resource = resourceSet.getResource(URI.createFileURI(good.toString()), true);
            assertInstanceOf(HstackResource.class, resource);
            assertTrue(((HeterostackModel) resource.getContents().get(0)).findByName("PEA-blue-LED") != null);

            Resource refused = resourceSet.createResource(URI.createFileURI(evil.toString()));
            assertThrows(IOException.class, () -> refused.load(null));
            assertEquals(1, refused.getErrors().size());
            assertTrue(refused.getContents().isEmpty());
        } finally {
            Files.delete(good);
            Files.delete(evil);
            Files.delete(directory);
        }
    }
}
