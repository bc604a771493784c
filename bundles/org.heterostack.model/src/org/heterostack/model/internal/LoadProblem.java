package org.heterostack.model.internal;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A problem found by Heterostack's own checks while loading a {@code .hstack} file, recorded in the resource's
 * errors or warnings like EMF's own diagnostics.
 */
public final class LoadProblem extends Exception implements Resource.Diagnostic {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;
    private final int column;

    /**
     * Creates a problem.
     *
     * @param message  explanation for a user
     * @param location URI of the file
     * @param line     1-based line, 0 when unknown
     * @param column   1-based column, 0 when unknown
     */
    public LoadProblem(String message, String location, int line, int column) {
        super(message);
        this.location = location;
        this.line = line;
        this.column = column;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }
}
