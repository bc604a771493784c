package org.heterostack.ui.internal.analysis;

/**
 * "Analyze Model and Store Results": as {@link AnalyzeModelHandler}, and the results are written into the model
 * file, replacing its earlier results of the same object and engine.
 */
public class AnalyzeAndStoreHandler extends AnalyzeModelHandler {

    @Override
    protected boolean storeResults() {
        return true;
    }
}
