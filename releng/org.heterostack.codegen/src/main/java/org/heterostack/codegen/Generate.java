package org.heterostack.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator on Heterostack's genmodel outside OSGi and any Eclipse workspace, deterministically.
 *
 * <p>The generator writes into an empty staging copy of the model and edit projects (so nothing is merged with
 * older output and JMerge/JDT is not needed); afterwards only the generated parts are taken over into the
 * repository: {@code src-gen/} of both bundles, the reconciled genmodel and the edit bundle's {@code icons/} and
 * {@code plugin.properties}.
 * Manifests, {@code plugin.xml} and {@code build.properties} are ours and never touched.
 *
 * <pre>
 * Generate --bundles DIR --genmodel org.heterostack.model/model/heterostack.genmodel --staging DIR --mode MODE
 * </pre>
 * Modes: {@code write} replaces the generated parts when they differ (the regenerate script); {@code verify} does
 * the same but then exits with 1, so a build never goes on with generated code that differs from the committed one
 * (the reactor's default); {@code check} only compares and exits with 1 when the committed files are stale.
 */
public final class Generate {

    /** Generated parts taken over from the staging copy, per project: paths relative to the project. */
    private static final Map<String, List<String>> GENERATED = Map.of(
            "org.heterostack.model", List.of("src-gen", "model/heterostack.genmodel"),
            "org.heterostack.model.edit", List.of("src-gen", "icons", "plugin.properties"));

    private Generate() {
    }

    /**
     * Entry point.
     *
     * @param args see the class comment
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path bundles = Path.of(option(args, "--bundles")).toAbsolutePath().normalize();
        String genmodel = option(args, "--genmodel");
        Path staging = Path.of(option(args, "--staging")).toAbsolutePath().normalize();
        String mode = option(args, "--mode");
        if (!List.of("write", "verify", "check").contains(mode)) {
            throw new IllegalArgumentException("--mode must be write, verify or check, not " + mode);
        }
        boolean check = "check".equals(mode);

        prepareStaging(bundles, staging, genmodel.substring(0, genmodel.indexOf('/')));
        boolean ok = generate(staging, genmodel);
        if (!ok) {
            System.err.println("EMF generation failed");
            System.exit(1);
        }
        fixProviderName(staging);
        List<String> stale = new ArrayList<>();
        for (var entry : GENERATED.entrySet()) {
            for (String part : entry.getValue()) {
                Path generated = staging.resolve(entry.getKey()).resolve(part);
                Path committed = bundles.resolve(entry.getKey()).resolve(part);
                if (!sameContent(generated, committed)) {
                    stale.add(entry.getKey() + "/" + part);
                    if (!check) {
                        replace(generated, committed);
                    }
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (stale.isEmpty()) {
            System.out.printf("EMF generation: generated code is up to date (%d ms)%n", ms);
        } else if (check) {
            System.err.println("EMF generation: the committed generated code is stale " + stale
                    + "; run releng/scripts/regenerate-model.sh and commit the result");
            System.exit(1);
        } else if ("verify".equals(mode)) {
            System.err.println("EMF generation: the committed generated code was stale and has been regenerated "
                    + stale + "; review and commit the regenerated files, then build again");
            System.exit(1);
        } else {
            System.out.printf("EMF generation: regenerated %s (%d ms); commit the result%n", stale, ms);
        }
    }

    private static String option(String[] args, String name) {
        int i = Arrays.asList(args).indexOf(name);
        if (i < 0 || i + 1 >= args.length) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return args[i + 1];
    }

    /** Empty staging projects; only the model folder of the model project is copied (the generator's input). */
    private static void prepareStaging(Path bundles, Path staging, String modelProject) throws IOException {
        deleteRecursively(staging);
        for (String project : GENERATED.keySet()) {
            Files.createDirectories(staging.resolve(project));
        }
        copyRecursively(bundles.resolve(modelProject).resolve("model"), staging.resolve(modelProject).resolve("model"));
        for (String project : GENERATED.keySet()) {
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(staging.resolve(project).toString() + "/"));
        }
    }

    private static boolean generate(Path staging, String genmodelPath) {
        ResourceSet resourceSet = new ResourceSetImpl();
        var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));

        GenModel genModel = (GenModel) resourceSet
                .getResource(URI.createPlatformResourceURI(genmodelPath, true), true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        describeProperties(genModel);
        try {
            genModel.eResource().save(Map.of()); // the reconciled genmodel (new classifiers included) is committed too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("GenModel invalid: " + valid);
            return false;
        }
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator() {
            @Override
            public JControlModel getJControlModel() {
                return new JControlModel() {
                    @Override
                    public boolean canMerge() {
                        return false; // staging is empty: overwrite, never merge (no JDT needed)
                    }
                };
            }
        };
        generator.setInput(genModel);
        boolean ok = true;
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            for (Diagnostic child : result.getChildren()) {
                if (child.getSeverity() != Diagnostic.OK) {
                    System.err.println("  " + child.getMessage());
                }
            }
            ok &= result.getSeverity() < Diagnostic.ERROR;
        }
        return ok;
    }

    /**
     * The documentation of each feature in the .ecore (unit and meaning) becomes the description of its property
     * in the edit code, so the Properties view shows it; the .ecore stays the single place where it is written.
     */
    private static void describeProperties(GenModel genModel) {
        for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                for (GenFeature genFeature : genClass.getGenFeatures()) {
                    String doc = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
                    genFeature.setPropertyDescription(doc == null ? null : doc.replace('\n', ' '));
                }
            }
        }
    }

    /** EMF writes a placeholder provider name into the edit bundle's plugin.properties. */
    private static void fixProviderName(Path staging) throws IOException {
        Path properties = staging.resolve("org.heterostack.model.edit").resolve("plugin.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("providerName = www.example.org", "providerName = Heterostack"));
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        if (Files.isRegularFile(a) || Files.isRegularFile(b)) {
            return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.mismatch(a, b) < 0;
        }
        var filesA = relativeFiles(a);
        if (!filesA.equals(relativeFiles(b))) {
            return false;
        }
        for (String file : filesA) {
            if (Files.mismatch(a.resolve(file), b.resolve(file)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static TreeSet<String> relativeFiles(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString()));
            }
        }
        return files;
    }

    private static void replace(Path generated, Path committed) throws IOException {
        deleteRecursively(committed);
        if (Files.exists(generated)) {
            copyRecursively(generated, committed);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
