package vn.tonghop;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of tonghop, checked on the compiled production classes (tests may reach anywhere):
 * <ul>
 *   <li><b>base</b>: {@code domain}, {@code text}, {@code value}: the field's words, text and values;
 *       they use nothing else of tonghop;</li>
 *   <li><b>pipeline</b>: {@code reference}, {@code output}, {@code reading}, {@code validation},
 *       {@code store}, {@code report}, {@code export}, {@code intake}, {@code delivery},
 *       {@code timeliness}, {@code template}: the shared
 *       stages every kind of workbook goes through; they use the base and each other, never the wiring;</li>
 *   <li><b>kinds</b>: {@code kind.<kind>}: everything only one kind of workbook knows; a kind uses the
 *       base, the pipeline and {@code vn.tonghop.kind}, never another kind nor the wiring, and the
 *       pipeline knows no kind by name;</li>
 *   <li><b>wiring</b>: {@code config}, {@code job}, {@code cli} and the application class: settings,
 *       the nightly job and the commands, which put the others together.</li>
 * </ul>
 * The top-level packages form no cycle, and SQL lives in {@code store} only.
 */
@AnalyzeClasses(packages = "vn.tonghop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] BASE = {"vn.tonghop.domain..", "vn.tonghop.text..", "vn.tonghop.value.."};
    private static final String[] WIRING = {"vn.tonghop", "vn.tonghop.config..", "vn.tonghop.job..",
        "vn.tonghop.cli.."};
    private static final String KINDS = "vn.tonghop.kind..";
    /** A kind's own package and its sub-packages (not the seam, {@code vn.tonghop.kind} itself). */
    private static final DescribedPredicate<JavaClass> IN_A_KIND = resideInAPackage("vn.tonghop.kind.*..")
            .as("a kind's package (vn.tonghop.kind.<kind>..)");

    @ArchTest
    static final ArchRule baseUsesNothingAboveIt = noClasses().that().resideInAnyPackage(BASE)
            .should().dependOnClassesThat(resideInAPackage("vn.tonghop..").and(not(resideInAnyPackage(BASE))))
            .because("domain, text and value are the words every other package is written in");

    @ArchTest
    static final ArchRule pipelineAndKindsDoNotUseTheWiring = noClasses()
            .that().resideOutsideOfPackages(WIRING)
            .should().dependOnClassesThat().resideInAnyPackage(WIRING)
            .because("settings reach the shared stages and the kinds as values or properties, not as the "
                    + "wiring's TonghopProperties, and nothing below starts commands or jobs");

    @ArchTest
    static final ArchRule kindsAreIndependentOfEachOther = slices().matching("vn.tonghop.kind.(*)..")
            .should().notDependOnEachOther()
            .because("each kind of workbook is one package that plugs in");

    @ArchTest
    static final ArchRule thePipelineKnowsNoKindByName = noClasses()
            .that().resideOutsideOfPackages(KINDS).and().resideOutsideOfPackages(WIRING)
            .should().dependOnClassesThat(IN_A_KIND)
            .because("the shared pipeline calls the kinds through vn.tonghop.kind only; the wiring picks them");

    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycle = slices().matching("vn.tonghop.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sqlLivesInTheStore = noClasses()
            .that().resideOutsideOfPackage("vn.tonghop.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..", "org.springframework.batch.infrastructure.item.database..")
            .because("the store owns the database: every query is behind a store class named for what it stores");
}
