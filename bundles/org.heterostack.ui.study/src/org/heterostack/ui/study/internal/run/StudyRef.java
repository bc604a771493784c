package org.heterostack.ui.study.internal.run;

import org.eclipse.core.resources.IFile;

/**
 * A study of a model file of the workspace, as the Project Explorer, the handlers and the views refer to it.
 *
 * @param file the model file
 * @param name the study name
 */
public record StudyRef(IFile file, String name) {
}
