package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.LayerRole;
import org.heterostack.model.io.ValueSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number syntax of files, --set, engine settings and the editor (docs/file-format.md). */
class ValueSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"400", "400.0", "-0.5", "1.6E25", "1e-9", "0", "007", "1.0E-5"})
    void acceptsJsonNumbers(String text) {
        assertTrue(ValueSyntax.isNumber(text));
        assertEquals(Double.parseDouble(text), ValueSyntax.number(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p3", "400.0d", "400f", "+400", " 400.0 ", "NaN", "Infinity", "-Infinity", "1e400",
        ".5", "5.", "1,5", "", "1e", "--1"})
    void refusesEverythingElse(String text) {
        assertFalse(ValueSyntax.isNumber(text));
    }

    @Test
    void refusalsSayWhatToWrite() {
        assertEquals("'+400' is not a number (write it without '+')",
                assertThrows(IllegalArgumentException.class, () -> ValueSyntax.number("+400")).getMessage());
        assertEquals("'1e400' is too large (the largest number is about 1.8e308)",
                assertThrows(IllegalArgumentException.class, () -> ValueSyntax.number("1e400")).getMessage());
        assertEquals("'2147483648' is out of range (whole numbers are at most 2147483647 in size)",
                assertThrows(IllegalArgumentException.class, () -> ValueSyntax.wholeNumber("2147483648")).getMessage());
    }

    @Test
    void modelTypesAreReadAndDescribedInAUsersWords() {
        assertEquals(400.0, ValueSyntax.parse(Literals.LAYER__THICKNESS_NM.getEAttributeType(), "400"));
        assertEquals(LayerRole.ETL, ValueSyntax.parse(Literals.LAYER__ROLE.getEAttributeType(), "ETL"));
        assertEquals("a number", ValueSyntax.expected(Literals.LAYER__THICKNESS_NM.getEAttributeType()));
        assertTrue(ValueSyntax.expected(Literals.LAYER__ROLE.getEAttributeType()).startsWith("one of "));
    }
}
