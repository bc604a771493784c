package org.heterostack.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link HstackResource}s; registered for the {@code hstack} extension under OSGi (plugin.xml) and by
 * {@link ModelFiles#newResourceSet()} outside it.
 */
public class HstackResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new HstackResource(uri);
    }
}
