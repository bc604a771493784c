package org.heterostack.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heterostack.model.HeterostackPackage;

/** The versioned namespace URIs of Heterostack models: {@code http://heterostack.org/model/MAJOR.MINOR}. */
public final class ModelNamespaces {

    /** Namespace URI of the model version this code reads and writes. */
    public static final String CURRENT = HeterostackPackage.eNS_URI;

    private static final Pattern VERSIONED = Pattern.compile("http://heterostack\\.org/model/(\\d+)\\.(\\d+)");

    /**
     * A model version.
     *
     * @param major major version
     * @param minor minor version
     */
    public record Version(int major, int minor) implements Comparable<Version> {

        @Override
        public int compareTo(Version other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    private ModelNamespaces() {
    }

    /**
     * The model version a namespace URI names.
     *
     * @param namespace a namespace URI
     * @return its version, or null when it is not a Heterostack model namespace
     */
    public static Version version(String namespace) {
        Matcher matcher = namespace == null ? null : VERSIONED.matcher(namespace);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        try {
            return new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (NumberFormatException e) {
            return null; // absurdly long digits
        }
    }

    /**
     * The version of the current model.
     *
     * @return the version of {@link #CURRENT}
     */
    public static Version current() {
        return version(CURRENT);
    }
}
