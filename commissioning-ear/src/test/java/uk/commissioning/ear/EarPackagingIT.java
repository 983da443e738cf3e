package uk.commissioning.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The EAR that {@code mvn package} built, opened as a full-profile server would open it: its descriptor must name
 * the EJB jar and the web module at the root context, and the skinny WAR inside must not carry a second copy of
 * anything the EAR shares in {@code lib/} (two copies of a class on one application's class path) nor the EJB jar
 * (its beans would be deployed twice).
 */
class EarPackagingIT {

    private static final String JAKARTA_EE = "https://jakarta.ee/xml/ns/jakartaee";
    private static Path ear;

    @BeforeAll
    static void findTheEar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            List<Path> ears = files.filter(f -> f.toString().endsWith(".ear")).toList();
            assertEquals(1, ears.size(), "one EAR in target/: " + ears);
            ear = ears.get(0);
        }
    }

    @Test
    void descriptorListsTheEjbJarAndTheWebModuleAtTheRootContext() throws Exception {
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            Document xml = descriptor(zip);
            assertEquals("10", xml.getDocumentElement().getAttribute("version"));

            List<String> ejbs = texts(xml.getDocumentElement(), "ejb");
            assertEquals(1, ejbs.size(), "EJB modules: " + ejbs);
            assertTrue(ejbs.get(0).contains("ejb-module") && ejbs.get(0).endsWith(".jar"), ejbs.get(0));
            assertTrue(zip.getEntry(ejbs.get(0)) != null, ejbs.get(0) + " is listed but not in the EAR");

            NodeList webs = xml.getElementsByTagNameNS(JAKARTA_EE, "web");
            assertEquals(1, webs.getLength(), "web modules");
            Element web = (Element) webs.item(0);
            String warUri = texts(web, "web-uri").get(0);
            assertTrue(warUri.contains("web-module") && warUri.endsWith(".war"), warUri);
            assertTrue(zip.getEntry(warUri) != null, warUri + " is listed but not in the EAR");
            assertEquals("/", texts(web, "context-root").get(0));
            assertEquals(List.of("lib"), texts(xml.getDocumentElement(), "library-directory"));
        }
    }

    @Test
    void skinnyWarSharesTheEarsLibrariesInsteadOfCarryingSecondCopies() throws Exception {
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            String warUri = texts(descriptor(zip).getDocumentElement(), "web-uri").get(0);
            Map<String, String> shared = new HashMap<>();
            zip.stream().filter(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar")).forEach(e -> {
                try (InputStream in = zip.getInputStream(e)) {
                    shared.put(artifact(in.readAllBytes(), e.getName()), e.getName());
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            assertTrue(shared.keySet().stream().anyMatch(a -> a.endsWith(":jasperreports")), "shared: " + shared.keySet());

            List<String> ownLibs = new ArrayList<>();
            Manifest manifest;
            try (InputStream war = zip.getInputStream(zip.getEntry(warUri)); JarInputStream jar = new JarInputStream(war)) {
                manifest = jar.getManifest();
                for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                    if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
                        String artifact = artifact(jar.readAllBytes(), e.getName());
                        assertFalse(artifact.endsWith(":ejb-module"), "the WAR carries the EJB jar: " + e.getName());
                        assertFalse(shared.containsKey(artifact),
                                e.getName() + " is also shared as " + shared.get(artifact) + ": two copies of its classes");
                        ownLibs.add(e.getName());
                    }
                }
            }
            assertTrue(ownLibs.stream().anyMatch(n -> n.contains("primefaces")), "the WAR keeps its own UI library");
            for (String entry : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                assertTrue(zip.getEntry(entry) != null, "the WAR's Class-Path names " + entry + ", which the EAR lacks");
            }
        }
    }

    private static Document descriptor(ZipFile zip) throws Exception {
        ZipEntry entry = zip.getEntry("META-INF/application.xml");
        assertTrue(entry != null, "no META-INF/application.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = zip.getInputStream(entry)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(JAKARTA_EE, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /**
     * groupId:artifactId from the jar's Maven metadata, so that the EAR's {@code group-artifact-version.jar} and the
     * WAR's {@code artifact-version.jar} compare whatever their versions.
     */
    private static String artifact(byte[] jar, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    pom.load(in);
                    return pom.getProperty("groupId") + ":" + pom.getProperty("artifactId");
                }
            }
        }
        return name.substring(name.lastIndexOf('/') + 1).replaceFirst("-\\d[^/]*\\.jar$", "");
    }
}
