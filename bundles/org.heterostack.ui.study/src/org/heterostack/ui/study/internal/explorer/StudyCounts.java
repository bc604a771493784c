package org.heterostack.ui.study.internal.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.heterostack.study.PlannedEngine;
import org.heterostack.study.Query;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;

/**
 * Where a study stands, as the Project Explorer labels it: its candidates; those done (every engine's result stored
 * and reusable, so a run would compute nothing for them); the evaluations cached (reusable); the candidates with a
 * failed evaluation. Counted against the study as the file defines it now, so a changed axis shows what is left.
 *
 * @param candidates the study's candidates
 * @param done       candidates whose every evaluation is stored and reusable
 * @param cached     evaluations stored and reusable
 * @param failed     candidates with a failed evaluation
 * @param problem    why the study cannot be counted (planned), or empty
 */
public record StudyCounts(long candidates, long done, long cached, long failed, String problem) {

    /**
     * @param study a study of a workspace model file
     * @return its counts (a study that does not plan has the problem instead)
     */
    public static StudyCounts of(StudyRef study) {
        return ofSmall(study, Long.MAX_VALUE);
    }

    /**
     * @param study  a study of a workspace model file
     * @param points the most points (candidates before exclusions) to count
     * @return its counts, or null when it has more points than that
     */
    public static StudyCounts ofSmall(StudyRef study, long points) {
        try {
            StudyPlan plan = StudyFiles.plan(StudyFiles.study(StudyFiles.load(study.file()), study.name()));
            if (plan.space().points() > points) {
                return null;
            }
            Path store = WorkspaceStudies.store(study.file(), study.name());
            StudyIndex index = WorkspaceStudies.index();
            index.catchUp(store);
            Set<String> reusable = index.reusableKeys(store);
            long candidates = 0;
            long done = 0;
            long cached = 0;
            for (StatePoint point : plan.space()) {
                candidates++;
                String id = point.id();
                int stored = 0;
                for (PlannedEngine engine : plan.engines()) {
                    if (reusable.contains(engine.evaluationKey(id))) {
                        stored++;
                    }
                }
                cached += stored;
                done += stored == plan.engines().size() ? 1 : 0;
            }
            long failed = index.query(new Query("store = '" + store + "' and failed > 0", "", List.of("candidate")))
                    .rows().size();
            return new StudyCounts(candidates, done, cached, failed, "");
        } catch (StudyException e) {
            return new StudyCounts(0, 0, 0, 0, e.getMessage());
        }
    }

    /** @return e.g. "72 candidates, 40 done, 160 cached, 0 failed" */
    public String text() {
        return problem.isEmpty() ? String.format(Locale.ROOT, "%,d candidates, %,d done, %,d cached, %,d failed",
                candidates, done, cached, failed) : problem;
    }
}
