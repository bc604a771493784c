package org.heterostack.model.internal;

import org.eclipse.emf.ecore.EValidator;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.validation.HeterostackValidator;

/** Puts {@link HeterostackValidator} into EMF's global validator registry for the Heterostack package. */
public final class ValidatorRegistration {

    private ValidatorRegistration() {
    }

    /** Registers the validator (idempotent). */
    public static synchronized void register() {
        EValidator.Registry.INSTANCE.put(HeterostackPackage.eINSTANCE, HeterostackValidator.INSTANCE);
    }

    /** Removes the validator again, if it is ours. */
    public static synchronized void unregister() {
        if (EValidator.Registry.INSTANCE.get(HeterostackPackage.eINSTANCE) == HeterostackValidator.INSTANCE) {
            EValidator.Registry.INSTANCE.remove(HeterostackPackage.eINSTANCE);
        }
    }
}
