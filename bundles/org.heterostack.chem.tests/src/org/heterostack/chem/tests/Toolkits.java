package org.heterostack.chem.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.heterostack.chem.ChemistryToolkit;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The chemistry toolkit as engines and views get it: the OSGi service. */
final class Toolkits {

    private Toolkits() {
    }

    /** @return the toolkit service, waiting up to 10 s for it */
    static ChemistryToolkit service() throws InterruptedException {
        var context = FrameworkUtil.getBundle(Toolkits.class).getBundleContext();
        ServiceTracker<ChemistryToolkit, ChemistryToolkit> tracker = new ServiceTracker<>(context,
                ChemistryToolkit.class, null);
        tracker.open();
        ChemistryToolkit toolkit = tracker.waitForService(10_000);
        assertNotNull(toolkit, "no ChemistryToolkit service within 10 s");
        return toolkit;
    }
}
