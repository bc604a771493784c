package org.heterostack.ui.study.internal.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Reference;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;

/**
 * A candidate of a study as a model file of its own: the study's base object with the candidate's values applied
 * (what the engines analysed), written to {@code NAME.results/STUDY/candidates/ID.hstack} so the model editor can open
 * it. The user's model is never touched.
 */
public final class CandidateModels {

    private CandidateModels() {
    }

    /**
     * A library material the study put into the candidate cites the library's references; the file gets copies of
     * them (or its own reference of the same key), so that it stands alone.
     */
    private static void bringInReferences(HeterostackModel model) {
        Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer
                .find(List.of(model));
        external.forEach((outside, settings) -> {
            if (outside instanceof Reference reference) {
                Reference inside = model.findReference(reference.getKey());
                if (inside == null) {
                    inside = EcoreUtil.copy(reference);
                    model.getReferences().add(inside);
                }
                for (EStructuralFeature.Setting setting : settings) {
                    EcoreUtil.replace(setting, outside, inside);
                }
            }
        });
    }

    /**
     * @param study       the study
     * @param plan        its plan
     * @param candidateId the candidate's id (64 hexadecimal digits)
     * @return the workspace file holding the candidate's model (written now, replacing an earlier one)
     * @throws StudyException when the study has no such candidate or the file cannot be written
     */
    public static IFile write(StudyRef study, StudyPlan plan, String candidateId) throws StudyException {
        StatePoint point = null;
        for (StatePoint candidate : plan.space()) {
            if (candidate.id().equals(candidateId)) {
                point = candidate;
                break;
            }
        }
        if (point == null) {
            throw new StudyException("study '" + study.name() + "' has no candidate " + candidateId
                    + " any more (its axes or base changed since the run)");
        }
        NamedElement copy = plan.candidate(point);
        HeterostackModel model = (HeterostackModel) EcoreUtil.getRootContainer(copy);
        bringInReferences(model);
        Path file = WorkspaceStudies.store(study.file(), study.name()).resolve("candidates")
                .resolve(candidateId.substring(0, 12) + ".hstack");
        try {
            Files.createDirectories(file.getParent());
            ModelFiles.save(model, file);
            IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
            if (found.length == 0) {
                throw new StudyException(file + " is outside the workspace");
            }
            found[0].getParent().refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
            return found[0];
        } catch (IOException | CoreException e) {
            throw new StudyException("cannot write the candidate's model " + file + ": " + e.getMessage(), e);
        }
    }
}
