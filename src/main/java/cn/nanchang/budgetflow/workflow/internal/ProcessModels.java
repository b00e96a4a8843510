package cn.nanchang.budgetflow.workflow.internal;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Reads configuration that a model carries as process-level {@code camunda:property} elements,
 * so that a process owner changes it in the model (and redeploys) rather than in Java.
 */
@Component
public class ProcessModels {

    private final RepositoryService repository;

    public ProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    /** A property of the process in this deployed definition. */
    public Optional<String> property(String processDefinitionId, String name) {
        var model = repository.getBpmnModelInstance(processDefinitionId);
        return model.getModelElementsByType(Process.class).stream()
            .filter(p -> p.getExtensionElements() != null)
            .flatMap(p -> p.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream())
            .flatMap(props -> props.getCamundaProperties().stream())
            .filter(p -> name.equals(p.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .findFirst();
    }

    /** The same property in the newest deployed version of a process. */
    public Optional<String> latestProperty(String processKey, String name) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
        return definition == null ? Optional.empty() : property(definition.getId(), name);
    }
}
