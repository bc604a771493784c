package org.heterostack.ui.editor.bridge;

/**
 * What a model adds to the generic property sheet of its item providers: which values it refuses, which values an
 * object inherits from another when it has none of its own, and where a value comes from. Every method has a
 * neutral default, so a policy implements only what its model knows.
 */
public interface PropertyPolicy {

    /** A policy that accepts every value and knows no inheritance or sources. */
    PropertyPolicy NONE = new PropertyPolicy() {
    };

    /**
     * A value the object inherits because it has none of its own.
     *
     * @param value the inherited value
     * @param from  where it comes from, for a user, e.g. "material 'MAPbI3'"
     */
    record Inherited(Object value, String from) {
    }

    /**
     * Checks a value before it is set.
     *
     * @param owner   the object
     * @param feature the feature (an {@code EStructuralFeature} for EMF models)
     * @param value   the new value (null to unset)
     * @return null when the value is accepted, else the message saying why not
     */
    default String check(Object owner, Object feature, Object value) {
        return null;
    }

    /**
     * The value an object shows for a feature it has no value of its own for.
     *
     * @param owner   the object
     * @param feature the feature
     * @return the inherited value, or null when there is none
     */
    default Inherited inherited(Object owner, Object feature) {
        return null;
    }

    /**
     * How an object reads where it is the value of a property (a referenced material), when the model has a better
     * name for it than its item provider.
     *
     * @param value the object
     * @return its text, or null for the item provider's
     */
    default String label(Object value) {
        return null;
    }

    /**
     * Where a value comes from (a reference, a note).
     *
     * @param owner   the object
     * @param feature the feature
     * @return a sentence naming the source, or null when none is recorded
     */
    default String source(Object owner, Object feature) {
        return null;
    }
}
