package uk.commissioning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure every feature keeps (see the README's layout and each {@code package-info.java}): features
 * under {@code uk.commissioning} depend on each other in one direction only, no two packages depend on each other,
 * and the domain (entity and control packages, shared kernels) knows nothing of REST, Faces or servlets, so the API
 * and the screens are two thin callers of the same rules. Runs over both modules' production classes.
 */
@AnalyzeClasses(packages = "uk.commissioning", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Entities, controls, batch artifacts and the shared kernels: everything the API and the screens call. */
    private static final String[] DOMAIN = {"..entity..", "..control..", "..batch..", "uk.commissioning.money",
            "uk.commissioning.period", "uk.commissioning.rules", "uk.commissioning.identity", "uk.commissioning.platform",
            "uk.commissioning.demo"};

    /** A feature such as funding may use the ledger, but then the ledger may not use funding, not even one type. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("uk.commissioning.(*)..")
            .as("features").should().beFreeOfCycles();

    /** Within a feature too: an entity never reaches back into its control, a capability never into its parent's. */
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("uk.commissioning.(**)")
            .as("packages").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDoesNotDependOnBoundaryOrScreens = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..ui..", "uk.commissioning.platform.web..")
            .as("the domain does not depend on the API or the screens");

    @ArchTest
    static final ArchRule domainDoesNotDependOnWebTypes = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..",
                    "org.primefaces..")
            .as("the domain does not use Jakarta REST, Faces, Servlet or PrimeFaces types");
}
