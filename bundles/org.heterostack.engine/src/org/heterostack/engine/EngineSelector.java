package org.heterostack.engine;

import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Names the engine a user prefers or a study pins: an engine id and, optionally, an OSGi version range
 * (e.g. {@code [1.0,2.0)} or an exact {@code [1.2.0,1.2.0]}).
 *
 * @param engineId     the engine id
 * @param versionRange the acceptable versions; empty for any
 */
public record EngineSelector(String engineId, Optional<String> versionRange) {

    /** Checks the selector and its version range syntax. */
    public EngineSelector {
        Objects.requireNonNull(engineId, "engineId");
        Objects.requireNonNull(versionRange, "versionRange");
        versionRange.ifPresent(VersionRange::valueOf);
    }

    /**
     * @param engineId an engine id
     * @return a selector accepting any version of that engine
     */
    public static EngineSelector anyVersion(String engineId) {
        return new EngineSelector(engineId, Optional.empty());
    }

    /**
     * @param descriptor an engine
     * @return whether this selector accepts it
     */
    public boolean matches(EngineDescriptor descriptor) {
        return matches(descriptor.id(), descriptor.version());
    }

    /**
     * @param id      an engine id
     * @param version its version (OSGi syntax)
     * @return whether this selector accepts that engine
     * @since 0.6
     */
    public boolean matches(String id, String version) {
        return engineId.equals(id) && versionRange
                .map(range -> VersionRange.valueOf(range).includes(Version.parseVersion(version))).orElse(true);
    }
}
