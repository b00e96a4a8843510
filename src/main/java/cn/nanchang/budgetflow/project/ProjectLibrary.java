package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project library (项目库): approved applications with their project codes, within what the
 * caller may see. Staff and section heads see their own section's projects only; a project of
 * another section is answered like a missing one. Budget drafts fund their 项目支出 lines from here.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class ProjectLibrary {

    private final ProjectApplicationRepository applications;
    private final CurrentActor currentActor;

    ProjectLibrary(ProjectApplicationRepository applications, CurrentActor currentActor) {
        this.applications = applications;
        this.currentActor = currentActor;
    }

    /** Approved projects, optionally of one year and one section; a section-bound caller gets only their own. */
    public List<ApprovedProject> list(Integer fiscalYear, String sectionCode) {
        Actor actor = currentActor.get();
        String section = sectionCode == null || sectionCode.isBlank() ? null : sectionCode.strip();
        if (!actor.role().seesAllSections()) {
            if (!isSectionBound(actor) || (section != null && !section.equals(actor.sectionCode()))) {
                return List.of();
            }
            section = actor.sectionCode();
        }
        return applications.library(fiscalYear, section).stream().map(ApprovedProject::of).toList();
    }

    /** The approved project with this id, if the caller may see it. */
    public Optional<ApprovedProject> find(long projectId) {
        return byIds(List.of(projectId)).values().stream().findFirst();
    }

    /** Approved projects by id, those the caller may see; for naming the projects budget lines fund. */
    public Map<Long, ApprovedProject> byIds(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Actor actor = currentActor.get();
        return applications.libraryByIds(projectIds).stream()
            .filter(p -> actor.canSee(p.getSection().getCode()))
            .map(ApprovedProject::of)
            .collect(Collectors.toMap(ApprovedProject::id, Function.identity()));
    }

    private static boolean isSectionBound(Actor actor) {
        return (actor.role() == Role.STAFF || actor.role() == Role.SECTION_HEAD) && actor.sectionCode() != null;
    }
}
