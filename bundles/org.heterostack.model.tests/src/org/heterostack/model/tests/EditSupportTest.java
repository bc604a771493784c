package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.model.provider.HeterostackItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/** The generated item providers label objects by name and describe properties with unit and meaning. */
class EditSupportTest {

    private final HeterostackItemProviderAdapterFactory factory = new HeterostackItemProviderAdapterFactory();

    @Test
    void labelsUseTheName() {
        HeterostackModel model = TestModels.valid();
        Device device = (Device) model.findByName("cell");
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(device, IItemLabelProvider.class);
        assertEquals("Device cell", labels.getText(device));
    }

    @Test
    void propertyDescriptionsCarryTheDocumentation() {
        Layer layer = ((Device) TestModels.valid().findByName("cell")).getLayers().get(0);
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(layer, IItemPropertySource.class);
        IItemPropertyDescriptor thickness = properties.getPropertyDescriptor(layer, "thicknessNm");
        assertNotNull(thickness);
        assertEquals("Thickness in nm; must be > 0.", thickness.getDescription(layer));
    }
}
