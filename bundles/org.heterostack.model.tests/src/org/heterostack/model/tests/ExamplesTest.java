package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example of the repository loads without diagnostics, validates clean and survives a round trip. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> examplesLoadWithoutDiagnostics() {
        return Arrays.stream(TestModels.EXAMPLES).map(name -> DynamicTest.dynamicTest(name, () -> {
            try (InputStream in = TestModels.example(name)) {
                LoadResult result = ModelFiles.load(in, name);
                assertEquals(List.of(), result.diagnostics());
                assertTrue(result.ok());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesValidateClean() {
        return Arrays.stream(TestModels.EXAMPLES).map(name -> DynamicTest.dynamicTest(name, () -> {
            List<ModelProblem> problems = ModelValidation.validate(TestModels.loadExample(name));
            assertEquals(List.of(), problems.stream().map(ModelProblem::toString).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesSurviveARoundTrip() {
        return Arrays.stream(TestModels.EXAMPLES).map(name -> DynamicTest.dynamicTest(name, () -> {
            HeterostackModel original = TestModels.loadExample(name);
            String written = TestModels.write(original);
            LoadResult reread = TestModels.parse(written);
            assertTrue(reread.ok(), reread.diagnostics()::toString);
            assertTrue(EcoreUtil.equals(original, reread.model()), "the reread model equals the original");
            assertEquals(written, TestModels.write(reread.model()), "writing is stable");
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesAreStoredInCanonicalForm() {
        return Arrays.stream(TestModels.EXAMPLES).map(name -> DynamicTest.dynamicTest(name, () -> {
            String stored;
            try (InputStream in = TestModels.example(name)) {
                stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(stored, TestModels.write(TestModels.loadExample(name)),
                    "the example is stored exactly as Heterostack writes it (no hand-formatting drift)");
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesHaveTheirMainElements() throws IOException {
        return Stream.of(
                DynamicTest.dynamicTest("BA n-i-p", () -> assertDevice("ba-mapbi3-nip.hstack", "BA-MAPbI3-nip")),
                DynamicTest.dynamicTest("3FPEA p-i-n", () -> assertDevice("3fpea-pin.hstack", "3FPEA-pin")),
                DynamicTest.dynamicTest("EDOEA", () -> assertDevice("edoea-dj-grain-boundaries.hstack", "EDOEA-GB-cell")),
                DynamicTest.dynamicTest("IonMonger", () -> assertDevice("ionmonger-reference.hstack", "IonMonger-reference")),
                DynamicTest.dynamicTest("LED", () -> assertDevice("pea-led.hstack", "PEA-blue-LED")),
                DynamicTest.dynamicTest("photodetector", () -> assertDevice("photodetector-2d3d.hstack", "PEA-photodiode")));
    }

    private static void assertDevice(String file, String device) {
        assertTrue(TestModels.loadExample(file).findByName(device) != null, file + " holds device " + device);
    }
}
