package org.heterostack.engine.stability.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.engine.stability.internal.ageing.AgeingParameters;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

    private final ParameterSet defaults = AgeingParameters.allDefaults();

    @Test
    void everyDefaultParameterIsDocumented() {
        for (Parameter p : defaults.all()) {
            assertEquals(p.defaultValue(), p.value(), p.name());
            assertFalse(p.unit().isBlank(), "unit of " + p.name());
            assertFalse(p.description().isBlank(), "description of " + p.name());
            assertTrue(p.source().equals(Parameter.ASSUMED) || !p.source().startsWith("assumed"),
                    "source of " + p.name() + " is a reference or exactly 'assumed'");
            assertFalse(p.isModified(), p.name());
        }
    }

    @Test
    void everyParameterCanBeChangedAndKeepsItsDefault() {
        for (Parameter p : defaults.all()) {
            ParameterSet changed = defaults.with(p.name(), p.value() + 1.0);
            assertEquals(p.value() + 1.0, changed.value(p.name()), p.name());
            assertEquals(p.defaultValue(), changed.get(p.name()).defaultValue(), p.name());
            assertTrue(changed.get(p.name()).isModified(), p.name());
            assertNotEquals(defaults, changed, p.name());
        }
    }

    @Test
    void unknownParameterNameIsRejected() {
        StabilityException e = assertThrows(StabilityException.class,
                () -> defaults.withAll(Map.of("chemistry.activation_energy", 1.0)));
        assertTrue(e.getMessage().startsWith("unknown parameter 'chemistry.activation_energy'; known: ["),
                e.getMessage());
    }

    @Test
    void nonFiniteValueIsRejected() {
        StabilityException e = assertThrows(StabilityException.class,
                () -> defaults.with("chemistry.effective_ph", Double.NaN));
        assertEquals("parameter chemistry.effective_ph: new value must be finite, got NaN", e.getMessage());
    }

    @Test
    void decadeUncertaintyMovesByPowersOfTen() {
        Uncertainty u = Uncertainty.decades(1.0);
        assertEquals(1e-4, u.low(1e-3), 1e-18);
        assertEquals(1e-2, u.high(1e-3), 1e-16);
        assertEquals(0.8, Uncertainty.absolute(0.1).low(0.9), 1e-15);
    }
}
