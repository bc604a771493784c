package org.heterostack.examples;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example projects shipped with Heterostack. The repository's {@code examples/} folder is embedded in this
 * bundle: its top-level files form the project {@value #MAIN_PROJECT}; every sub-folder becomes a project of
 * its own, named after the folder.
 */
public final class ExampleCatalog {

    /** Name of the project that holds the top-level example files. */
    public static final String MAIN_PROJECT = "heterostack-examples";

    private static final String ROOT = "examples/";

    private ExampleCatalog() {
    }

    /**
     * One file of an example project.
     *
     * @param path    path inside the project, '/'-separated
     * @param content where to read the file
     */
    public record ExampleFile(String path, URL content) {
    }

    /**
     * An example project.
     *
     * @param name  workspace project name
     * @param files its files, sorted by path
     */
    public record ExampleProject(String name, List<ExampleFile> files) {
    }

    /**
     * Lists the example projects embedded in this bundle.
     *
     * @return the projects sorted by name; empty when the bundle holds no examples
     */
    public static List<ExampleProject> projects() {
        Bundle bundle = FrameworkUtil.getBundle(ExampleCatalog.class);
        var entries = bundle == null ? null : bundle.findEntries(ROOT, "*", true);
        if (entries == null) {
            return List.of();
        }
        Map<String, List<ExampleFile>> byProject = new TreeMap<>();
        for (URL url : Collections.list(entries)) {
            String path = url.getPath().substring(url.getPath().indexOf(ROOT) + ROOT.length());
            if (path.isEmpty() || path.endsWith("/")) {
                continue;
            }
            int slash = path.indexOf('/');
            String project = slash < 0 ? MAIN_PROJECT : path.substring(0, slash);
            String inProject = slash < 0 ? path : path.substring(slash + 1);
            byProject.computeIfAbsent(project, p -> new ArrayList<>()).add(new ExampleFile(inProject, url));
        }
        List<ExampleProject> projects = new ArrayList<>();
        byProject.forEach((name, files) -> {
            files.sort((a, b) -> a.path().compareTo(b.path()));
            projects.add(new ExampleProject(name, List.copyOf(files)));
        });
        return List.copyOf(projects);
    }
}
