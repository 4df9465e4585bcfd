package org.fantastictrain.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule: the forecasting library and the domain and application layers of each
 * capability know nothing of Spring or JDBC; adapters do. ArchUnit fails a rule whose subject
 * matches no class, so a rule cannot silently check nothing.
 */
// Each rule.check(...) throws an AssertionError that names every violating dependency.
class DependencyRulesTest {

    private static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..",
        "java.sql..",
        "javax.sql..",
        "org.postgresql..",
        "com.zaxxer.hikari..",
        "org.flywaydb.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fantastictrain");
    }

    @Test
    void forecast_library_does_not_depend_on_spring_or_jdbc() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.fantastictrain.forecast..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES);
        rule.check(classes);
    }

    @Test
    void domain_code_does_not_depend_on_spring_or_jdbc() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("org.fantastictrain.platform..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES);
        rule.check(classes);
    }

    @Test
    void application_code_does_not_depend_on_spring_or_jdbc() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("org.fantastictrain.platform..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES);
        rule.check(classes);
    }

    @Test
    void domain_does_not_depend_on_adapters() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(
                        "org.fantastictrain.platform..domain..", "org.fantastictrain.platform..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.fantastictrain.platform..adapter..");
        rule.check(classes);
    }
}
