package org.heterostack.model.io;

/**
 * The name of an analysis result: names are identifiers in a {@code .hstack} file (no blanks, no {@code #}), and a
 * result is the one of its object and engine, so its name is made of both.
 *
 * @since 0.4.0
 */
public final class ResultNames {

    private ResultNames() {
    }

    /**
     * @param targetName the analysed object's name
     * @param engineId   the engine's id
     * @return {@code targetName@engineId}, e.g. {@code perovskite@org.heterostack.device.driftdiffusion}
     */
    public static String of(String targetName, String engineId) {
        return targetName + "@" + engineId;
    }
}
