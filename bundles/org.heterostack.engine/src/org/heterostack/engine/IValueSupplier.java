package org.heterostack.engine;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.NamedElement;

/**
 * Implemented by an engine that can supply model values other engines need (engine chaining): a photophysics
 * engine supplies the band edges of a device's 2D layers, which a device engine otherwise derives itself or
 * lacks. A host that runs several engines on one target (a run plan) runs the suppliers first and hands a consumer
 * the supplied values with {@link AnalysisRunner#run(IAnalysisEngine, NamedElement, java.util.Map,
 * org.eclipse.core.runtime.IProgressMonitor, List)}: the consumer reads a working copy in which unset attributes
 * hold them, a value the user set always wins, and the result names each value used. Engines never import each
 * other.
 *
 * @since 0.5
 */
public interface IValueSupplier {

    /** @return the attributes this engine can supply, for a host to decide whom to run first */
    List<EAttribute> suppliedAttributes();

    /**
     * @param target the object the engine analysed
     * @param result the engine's successful result on it
     * @return the values the result gives for objects of the target (the target itself or objects it contains);
     *         empty when it gives none
     */
    List<SuppliedValue> supply(NamedElement target, AnalysisResult result);
}
