package dev.ascctl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN 5, kept true: dependencies point down only. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ascctl");
    }

    @Test
    void layersDependDownwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("dev.ascctl.cli..")
                .layer("workflow").definedBy("dev.ascctl.workflow..")
                .layer("translate").definedBy("dev.ascctl.translate..")
                .layer("provider").definedBy("dev.ascctl.provider..")
                .layer("adoption").definedBy("dev.ascctl.adoption..")
                .layer("build").definedBy("dev.ascctl.build..")
                .layer("apply").definedBy("dev.ascctl.apply..")
                .layer("plan").definedBy("dev.ascctl.plan..")
                .layer("live").definedBy("dev.ascctl.live..")
                .layer("resource").definedBy("dev.ascctl.resource..")
                .layer("store").definedBy("dev.ascctl.store..")
                .layer("reports").definedBy("dev.ascctl.reports..")
                .layer("asc").definedBy("dev.ascctl.asc..")
                .layer("config").definedBy("dev.ascctl.config..")
                .layer("sandbox").definedBy("dev.ascctl.sandbox..")
                .layer("vocabulary").definedBy("dev.ascctl.vocabulary..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("workflow").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("translate").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("provider").mayOnlyBeAccessedByLayers("translate", "workflow", "cli")
                .whereLayer("adoption").mayOnlyBeAccessedByLayers("workflow", "translate", "cli")
                .whereLayer("build").mayOnlyBeAccessedByLayers("workflow", "cli")
                .whereLayer("apply").mayOnlyBeAccessedByLayers("workflow", "cli")
                .whereLayer("live").mayOnlyBeAccessedByLayers("workflow", "cli")
                .whereLayer("plan").mayOnlyBeAccessedByLayers("apply", "workflow", "cli")
                .whereLayer("resource").mayOnlyBeAccessedByLayers("adoption", "plan", "apply", "live", "workflow", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("adoption", "resource", "plan", "apply", "live", "workflow",
                        "cli", "build", "translate", "provider")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("asc").mayOnlyBeAccessedByLayers("resource", "plan", "apply", "live", "workflow", "cli",
                        "reports", "build")
                .whereLayer("config").mayOnlyBeAccessedByLayers("asc", "workflow", "cli", "translate", "provider")
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("vocabulary").mayOnlyBeAccessedByLayers("cli", "workflow", "translate", "adoption", "apply", "plan",
                        "live", "resource", "store", "asc", "config", "sandbox", "reports")
                .check(classes);
    }

    @Test
    void planNeverCallsTheNetwork() {
        noClasses().that().resideInAPackage("dev.ascctl.plan..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.ascctl.asc.AscClient")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(classes);
    }

    @Test
    void renderersOnlyReadAPlan() {
        noClasses().that().resideInAPackage("dev.ascctl.plan.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.resource.kinds..", "dev.ascctl.live..",
                        "dev.ascctl.store..", "dev.ascctl.apply..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNoResourceKindByName() {
        noClasses().that().resideInAnyPackage("dev.ascctl.plan..", "dev.ascctl.apply..", "dev.ascctl.live..")
                .should().dependOnClassesThat().resideInAPackage("dev.ascctl.resource.kinds..")
                .check(classes);
    }

    @Test
    void adoptionWritesFilesButNeverTalksToTheNetwork() {
        noClasses().that().resideInAPackage("dev.ascctl.adoption..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.asc..", "dev.ascctl.live..",
                        "dev.ascctl.plan..", "dev.ascctl.apply..", "java.net.http..")
                .check(classes);
    }

    /** Apple's generated vocabulary is the bottom layer: everyone reads it, it reads no other ascctl package. */
    @Test
    void theVocabularyDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("dev.ascctl.vocabulary..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.cli..", "dev.ascctl.workflow..",
                        "dev.ascctl.adoption..", "dev.ascctl.apply..", "dev.ascctl.plan..", "dev.ascctl.live..",
                        "dev.ascctl.resource..", "dev.ascctl.store..", "dev.ascctl.asc..", "dev.ascctl.config..",
                        "dev.ascctl.sandbox..")
                .check(classes);
    }

    /**
     * Apple's property list and app archive formats ({@code dev.ascctl.plist}) are read by the client before an upload
     * and by the sandbox's processing after it, like the vocabulary: they read no other ascctl package.
     */
    @Test
    void theAppArchiveReaderDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("dev.ascctl.plist..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.cli..", "dev.ascctl.workflow..",
                        "dev.ascctl.adoption..", "dev.ascctl.apply..", "dev.ascctl.plan..", "dev.ascctl.live..",
                        "dev.ascctl.resource..", "dev.ascctl.store..", "dev.ascctl.asc..", "dev.ascctl.config..",
                        "dev.ascctl.sandbox..", "dev.ascctl.vocabulary..", "dev.ascctl.build..")
                .check(classes);
    }

    /** The charts ({@code dev.ascctl.chart}) draw what they are given: the sales summary's and the reviews digest's. */
    @Test
    void theChartsDependOnNoOtherPackage() {
        noClasses().that().resideInAPackage("dev.ascctl.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.cli..", "dev.ascctl.workflow..",
                        "dev.ascctl.adoption..", "dev.ascctl.apply..", "dev.ascctl.plan..", "dev.ascctl.live..",
                        "dev.ascctl.resource..", "dev.ascctl.store..", "dev.ascctl.asc..", "dev.ascctl.config..",
                        "dev.ascctl.sandbox..", "dev.ascctl.vocabulary..", "dev.ascctl.build..", "dev.ascctl.reports..")
                .check(classes);
    }

    /** The sandbox plays Apple: it shares no code with the client, only Apple's own vocabulary and file formats. */
    @Test
    void theSandboxStandsAlone() {
        noClasses().that().resideInAPackage("dev.ascctl.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ascctl.cli..", "dev.ascctl.workflow..",
                        "dev.ascctl.apply..", "dev.ascctl.plan..", "dev.ascctl.live..", "dev.ascctl.resource..",
                        "dev.ascctl.store..", "dev.ascctl.asc..", "dev.ascctl.config..", "dev.ascctl.adoption..")
                .check(classes);
    }

    /**
     * No cycles inside a layer either (DESIGN 5): every package of main code, taken alone, depends on others in one
     * direction only. The sandbox, which stands alone ({@link #theSandboxStandsAlone}), has its own rule:
     * {@link #sandboxPackagesFormNoCycles}.
     */
    @Test
    void packagesOutsideTheSandboxFormNoCycles() {
        slices().matching("dev.ascctl.(**)").should().beFreeOfCycles()
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.ascctl.sandbox.."))));
    }

    /**
     * No cycles among the sandbox's packages: {@code sandbox.server} (the wiring) on top; {@code http} (the server's
     * handlers and the generic router), then {@code seed}, {@code rules}, {@code pricing}, {@code jsonapi} (documents,
     * requests, errors), the core {@code sandbox} (state) and {@code model} (the catalog) below, each importing only
     * downwards.
     */
    @Test
    void sandboxPackagesFormNoCycles() {
        slices().matching("dev.ascctl.(**)").should().beFreeOfCycles()
                .check(classes.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("dev.ascctl.sandbox..")));
    }
}
