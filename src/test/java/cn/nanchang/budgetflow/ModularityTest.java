package cn.nanchang.budgetflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The structure of CONVENTIONS.md, checked: modules without cycles, engine and UI kept in their places. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.nanchang.budgetflow");

    @Test
    void modules_depend_only_on_what_they_expose_and_have_no_cycles() {
        ApplicationModules.of(BudgetflowApplication.class).verify();
    }

    @Test
    void only_the_workflow_module_touches_the_engine() {
        noClasses().that().resideOutsideOfPackage("cn.nanchang.budgetflow.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .check(CLASSES);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().doNotHaveSimpleName("BudgetflowApplication")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_services_of_their_own_module() {
        // package-private repositories can be reached only from their own module's root package
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
            .should().notBePublic()
            .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .check(CLASSES);
    }

    @Test
    void views_go_through_application_services_not_the_engine_facade() {
        noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleName("ApprovalProcesses")
            .orShould().dependOnClassesThat().haveSimpleName("ApprovalTasks")
            .check(CLASSES);
    }

    @Test
    void every_date_picker_is_made_by_date_pickers_so_its_calendar_is_chinese() {
        // a bare DatePicker follows the browser's locale: English month names and a Sunday-first week (issue 19)
        noClasses().that().doNotHaveSimpleName("DatePickers")
            .should().callConstructorWhere(DescribedPredicate.describe("a DatePicker constructor",
                call -> call.getTargetOwner().isAssignableTo(DatePicker.class)))
            .check(CLASSES);
    }
}
