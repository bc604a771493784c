package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.model.io.JsonWriter;
import org.junit.jupiter.api.Test;

/** The JSON writer of the documented exports. */
class ExportFormatsTest {

    @Test
    void jsonEscapesTextAndWritesWholeNumbersWithoutFraction() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a \"quoted\"\\path\nnext\u0001");
        value.put("whole", 3.0);
        value.put("fraction", 0.25);
        value.put("array", new double[] {1.0, 1.5});
        value.put("list", List.of(true, "x"));
        value.put("none", null);
        assertEquals("{\"text\":\"a \\\"quoted\\\"\\\\path\\nnext\\u0001\",\"whole\":3,\"fraction\":0.25,"
                + "\"array\":[1,1.5],\"list\":[true,\"x\"],\"none\":null}", JsonWriter.write(value));
    }

    @Test
    void objectsKeepTheKeyOrderAndNeedAValuePerKey() {
        assertEquals("{\"b\":1,\"a\":\"x\"}", JsonWriter.write(JsonWriter.object("b", 1, "a", "x")));
        assertEquals("a JSON object needs a value for every key",
                assertThrows(IllegalArgumentException.class, () -> JsonWriter.object("lonely")).getMessage());
    }
}
