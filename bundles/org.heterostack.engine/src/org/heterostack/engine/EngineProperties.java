package org.heterostack.engine;

/**
 * The service properties an engine declares beside its {@link EngineDescriptor}, so that the {@link IEngineRegistry}
 * can list, rank and choose it without making it: a start that runs one engine makes only that one. Their values
 * must equal the descriptor's; an engine that declares none of them still works, but is made (its bundle started,
 * its classes loaded) whenever engines are listed or chosen. For example:
 *
 * <pre>
 * &#64;Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + MyEngine.ID,
 *         EngineProperties.VERSION + "=" + MyEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
 * </pre>
 *
 * @since 0.6
 */
public final class EngineProperties {

    /** The engine id, {@link EngineDescriptor#id()}. */
    public static final String ID = "heterostack.engine.id";

    /** The engine version in OSGi syntax, {@link EngineDescriptor#version()}. */
    public static final String VERSION = "heterostack.engine.version";

    /**
     * The name of the category ({@code STRUCTURE}, {@code PHOTOPHYSICS}, {@code STABILITY} or {@code DEVICE}),
     * {@link EngineDescriptor#category()}.
     */
    public static final String CATEGORY = "heterostack.engine.category";

    private EngineProperties() {
    }
}
