package org.heterostack.ui.editor.bridge;

import java.net.URI;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects of EMF item providers (a {@link URL} or {@link URI} of an icon, a {@link ComposedImage}
 * of an icon with overlays, an {@link ImageDescriptor} or an {@link Image}) into SWT images. The images are shared
 * through JFace's resource registry and released when this object is disposed.
 */
public final class ItemImages {

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    /**
     * The SWT image of an item provider's image object.
     *
     * @param image what {@code IItemLabelProvider.getImage} returned, may be null
     * @return the image, or null when there is none or it cannot be read
     */
    public Image image(Object image) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** Releases every image this object created. */
    public void dispose() {
        resources.dispose();
    }

    private static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof Image swtImage) {
            return ImageDescriptor.createFromImage(swtImage);
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(uri.toURL());
            } catch (java.net.MalformedURLException | IllegalArgumentException e) {
                return null;
            }
        }
        if (image instanceof org.eclipse.emf.common.util.URI emfUri) {
            return descriptor(URI.create(emfUri.toString()));
        }
        if (image instanceof ComposedImage composed) {
            // the base icon; overlays only mark generated or controlled objects, which this model does not use
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        return null;
    }
}
