package org.heterostack.ui.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the editor when its workspace file changed on disk or was deleted by someone else (another editor, a
 * script, version control), on the UI thread.
 */
final class FileWatcher implements IResourceChangeListener {

    /** What the editor does about a change. */
    interface Reaction {
        /** The file's content changed. */
        void changed();

        /** The file was deleted or moved away. */
        void removed();
    }

    private final IFile file;
    private final Display display;
    private final Reaction reaction;

    private FileWatcher(IFile file, Display display, Reaction reaction) {
        this.file = file;
        this.display = display;
        this.reaction = reaction;
    }

    /**
     * Starts watching.
     *
     * @return the watcher; {@link #stop()} it when the editor closes
     */
    static FileWatcher start(IFile file, Display display, Reaction reaction) {
        FileWatcher watcher = new FileWatcher(file, display, reaction);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
        return watcher;
    }

    /** Stops watching. */
    void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(reaction::removed);
        } else if (delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            display.asyncExec(reaction::changed);
        }
    }
}
