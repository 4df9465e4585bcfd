package org.fantastictrain.forecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

// Each rule.check(...) throws an AssertionError that names every violating dependency.
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fantastictrain.forecast");

    @Test
    void the_engine_is_pure_java_without_spring_or_jdbc() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void models_do_not_depend_on_evaluation_or_io() {
        noClasses()
                .that()
                .resideInAnyPackage("..prophet..", "..ets..", "..baseline..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..eval..", "..io..", "..auto..")
                .check(classes);
    }
}
