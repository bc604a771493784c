package org.heterostack.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.heterostack.model.internal.LoadProblem;
import org.heterostack.model.internal.ModelFileWriter;
import org.heterostack.model.internal.ModelNamespaces;
import org.heterostack.model.internal.OutsideReferences;
import org.heterostack.model.internal.XmlPrescan;
import org.heterostack.model.internal.XmlSafety;
import org.w3c.dom.Document;

/**
 * The resource of a {@code .hstack} file: XMI whose namespace URI carries the model version, read safely (no
 * DTDs, no external entities or schemas, only Heterostack's namespaces) and written atomically (temporary file,
 * fsync, rename). Files of older model versions are migrated through {@link ModelMigrations}; files of a newer
 * version are refused with a clear message.
 */
public class HstackResource extends XMIResourceImpl {

    private static final String XMI = "http://www.omg.org/XMI";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String ROOT = "HeterostackModel";

    /**
     * Creates a resource.
     *
     * @param uri where the resource lives
     */
    public HstackResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        setEncoding("UTF-8");
    }

    /**
     * The options every load uses (callers may add but not weaken them).
     *
     * @return a new modifiable map of load options
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(XmlSafety.FEATURES));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, new HashMap<>(XmlSafety.PROPERTIES));
        options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /**
     * The options every save uses: UTF-8, wrapped lines, no schema location, dangling references are an error.
     *
     * @return a new modifiable map of save options
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    /** Reads numbers and truth values in the one documented syntax ({@link ValueSyntax}), not Java's. */
    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            public Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
                Class<?> type = eDataType.getInstanceClass();
                if (type == double.class || type == Double.class || type == int.class || type == Integer.class
                        || type == boolean.class || type == Boolean.class) {
                    return ValueSyntax.parse(eDataType, value);
                }
                return super.createFromString(eFactory, eDataType, value);
            }
        };
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        byte[] content = inputStream.readAllBytes();
        content = checked(content);
        Map<Object, Object> merged = new HashMap<>();
        if (options != null) {
            merged.putAll(options);
        }
        merged.putAll(loadOptions());
        super.doLoad(new ByteArrayInputStream(content), merged);
    }

    /**
     * Saves; a file is written atomically under its lock, keeping its comments, so that a failure leaves the
     * previous file intact (see {@link AtomicFiles} for what is refused).
     *
     * @param options save options (merged with {@link #saveOptions()})
     * @throws IOException when saving fails
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        Map<Object, Object> merged = saveOptions();
        if (options != null) {
            merged.putAll(options);
        }
        URI uri = getURIConverter().normalize(getURI());
        if (!uri.isFile()) {
            super.save(merged);
            return;
        }
        ModelFileWriter.write(Path.of(uri.toFileString()), out -> save(out, merged));
        setModified(false);
    }

    /**
     * Writes the XMI, after checking that every reference stays inside this resource (otherwise the file could
     * not be read back).
     *
     * @param outputStream where to write
     * @param options      save options
     * @throws IOException when a reference leaves the file, or writing fails
     */
    @Override
    public void doSave(java.io.OutputStream outputStream, Map<?, ?> options) throws IOException {
        String outside = OutsideReferences.first(this);
        if (outside != null) {
            throw new IOException("cannot save: " + outside);
        }
        super.doSave(outputStream, options);
    }

    /** Runs the safety and version checks; returns the content to hand to EMF (migrated when older). */
    private byte[] checked(byte[] content) throws IOException {
        XmlPrescan.Result scan = XmlPrescan.scan(content);
        if (scan.problem() != null) {
            throw fail(scan.problem().message(), new XmlPrescan.Location(scan.problem().line(),
                    scan.problem().column()));
        }
        String namespace = scan.rootNamespace();
        ModelNamespaces.Version version = ModelNamespaces.version(namespace);
        ModelNamespaces.Version current = ModelNamespaces.current();
        if (version == null) {
            throw fail("not a Heterostack model: the root element <" + scan.rootName() + "> is "
                    + (namespace == null ? "in no namespace" : "in namespace '" + namespace + "'")
                    + ", expected <hstack:" + ROOT + "> in namespace '" + ModelNamespaces.CURRENT + "'",
                    scan.root());
        }
        if (version.compareTo(current) > 0) {
            throw fail("this file uses Heterostack model version " + version + ", which is newer than the version "
                    + "this Heterostack reads (" + current + "); open it with a newer Heterostack",
                    scan.root());
        }
        String rootLocalName = scan.rootName().substring(scan.rootName().indexOf(':') + 1);
        if (!ROOT.equals(rootLocalName)) {
            throw fail("the root element must be <hstack:" + ROOT + ">, found <" + scan.rootName() + ">",
                    scan.root());
        }
        for (var declared : scan.namespaces().entrySet()) {
            String uri = declared.getKey();
            if (!uri.equals(namespace) && !XMI.equals(uri) && !XSI.equals(uri)) {
                throw fail("unexpected namespace '" + uri + "': .hstack files may only use the Heterostack, "
                        + "XMI and XML Schema instance namespaces", declared.getValue());
            }
        }
        if (scan.schemaLocation() != null) {
            throw fail("schema locations (xsi:schemaLocation) are refused in .hstack files", scan.schemaLocation());
        }
        if (scan.href() != null) {
            throw fail("references to other files (href) are not supported: a .hstack file is self-contained",
                    scan.href());
        }
        return version.equals(current) ? content : migrated(content, namespace, version, scan.root());
    }

    private byte[] migrated(byte[] content, String namespace, ModelNamespaces.Version version,
            XmlPrescan.Location root) throws IOException {
        List<ModelMigration> chain = ModelMigrations.chain(namespace);
        if (chain == null) {
            throw fail("Heterostack model version " + version + " cannot be read: no migration to version "
                    + ModelNamespaces.current() + " is registered", root);
        }
        try {
            Document document = XmlSafety.documentBuilderFactory().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(content));
            for (ModelMigration migration : chain) {
                migration.migrate(document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmlSafety.transformerFactory().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            getWarnings().add(new LoadProblem("migrated from Heterostack model version " + version + " to "
                    + ModelNamespaces.current() + "; saving writes version " + ModelNamespaces.current(),
                    getURI().toString(), 0, 0));
            return out.toByteArray();
        } catch (ModelMigrationException e) {
            throw fail("cannot migrate from model version " + version + ": " + e.getMessage(), root);
        } catch (Exception e) {
            throw fail("cannot migrate from model version " + version + ": " + e.getMessage(), root);
        }
    }

    private IOException fail(String message, XmlPrescan.Location location) {
        LoadProblem problem = new LoadProblem(message, String.valueOf(getURI()), location.line(),
                location.column());
        getErrors().add(problem);
        return new Resource.IOWrappedException(problem);
    }
}
