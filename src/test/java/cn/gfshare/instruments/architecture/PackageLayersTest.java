package cn.gfshare.instruments.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other one way: common ← security ← catalog ← availability ←
 * reservation ← billing, with the demo data loader beside them on top of the catalog. Where
 * reservation needs billing it declares a port (reservation.Charging) that billing implements.
 */
class PackageLayersTest {

  private static final String ROOT = "cn.gfshare.instruments";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("common")
        .definedBy(ROOT + ".common..")
        .layer("security")
        .definedBy(ROOT + ".security..")
        .layer("catalog")
        .definedBy(ROOT + ".catalog..")
        .layer("availability")
        .definedBy(ROOT + ".availability..")
        .layer("reservation")
        .definedBy(ROOT + ".reservation..")
        .layer("billing")
        .definedBy(ROOT + ".billing..")
        .layer("demo")
        .definedBy(ROOT + ".demo..")
        .whereLayer("billing")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("reservation")
        .mayOnlyBeAccessedByLayers("billing")
        .whereLayer("demo")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("availability")
        .mayOnlyBeAccessedByLayers("reservation", "billing")
        .whereLayer("catalog")
        .mayOnlyBeAccessedByLayers("availability", "reservation", "billing", "demo")
        .whereLayer("security")
        .mayOnlyBeAccessedByLayers("catalog", "availability", "reservation", "billing", "demo")
        .check(classes);
  }
}
