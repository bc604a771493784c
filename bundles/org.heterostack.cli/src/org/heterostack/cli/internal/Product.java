package org.heterostack.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name, version and build id of the running Heterostack, taken from this bundle's version. */
public record Product(String name, String version, String buildId) {

    /** @return the running product; outside OSGi the version is reported as unknown */
    public static Product current() {
        Bundle bundle = FrameworkUtil.getBundle(Product.class);
        if (bundle == null) {
            return new Product("Heterostack", "unknown", "unknown");
        }
        Version v = bundle.getVersion();
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return new Product("Heterostack", release, v.getQualifier().isEmpty() ? "unknown" : v.getQualifier());
    }

    /** @return e.g. {@code Heterostack 0.1.0 (build 202611242215)} */
    public String describe() {
        return name + " " + version + " (build " + buildId + ")";
    }
}
