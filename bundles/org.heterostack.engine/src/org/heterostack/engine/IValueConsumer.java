package org.heterostack.engine;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/**
 * Implemented by an engine that can use model values other engines supply (engine chaining, {@link IValueSupplier}):
 * a host gives it, for the attributes it names, the values the suppliers' results give, in a working copy of its
 * target ({@link AnalysisRunner#runChained}). A value the user set always wins.
 *
 * @since 0.5
 */
public interface IValueConsumer {

    /** @return the attributes whose supplied values this engine uses where the model leaves them unset */
    List<EAttribute> neededAttributes();
}
