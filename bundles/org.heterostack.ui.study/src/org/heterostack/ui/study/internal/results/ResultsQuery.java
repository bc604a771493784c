package org.heterostack.ui.study.internal.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.heterostack.study.Axis;
import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;

/**
 * Asks the workspace's study index for the candidates of some studies (of one or several projects) that meet a
 * condition in the study layer's where syntax: the studies' axes and quantities as columns (columns no shown study
 * has are left out), the store as the last column so that every row knows its study, units from the studies' axes and
 * the indexed quantities.
 */
public final class ResultsQuery {

    /** The last column of every answer: the store directory of the row's study. */
    public static final String STORE = "store";

    private final Map<String, StudyRef> studies = new LinkedHashMap<>();
    private final Map<StudyRef, StudyPlan> plans = new HashMap<>();

    /** @param studies the studies to show */
    public ResultsQuery(List<StudyRef> studies) {
        for (StudyRef study : studies) {
            this.studies.put(WorkspaceStudies.store(study.file(), study.name()).toString(), study);
        }
    }

    /** @return the studies shown */
    public List<StudyRef> studies() {
        return List.copyOf(studies.values());
    }

    /**
     * @param store a value of the {@link #STORE} column
     * @return the study it belongs to
     */
    public StudyRef study(String store) {
        return studies.get(store);
    }

    /**
     * @param study one of the shown studies
     * @return its plan (made once)
     * @throws StudyException when the study cannot be planned
     */
    public synchronized StudyPlan plan(StudyRef study) throws StudyException {
        StudyPlan plan = plans.get(study);
        if (plan == null) {
            plan = StudyFiles.plan(StudyFiles.study(StudyFiles.load(study.file()), study.name()));
            plans.put(study, plan);
        }
        return plan;
    }

    /**
     * The first rows of {@link #run(String)}'s answer and how many there are, quickly whatever their number: what
     * the view shows while it reads the rest. Columns empty in these rows are left out; axes have their units once the
     * study has been planned (by {@link #run(String)}).
     *
     * @param filter a condition such as {@code pce > 20 and spacer = PEA}, or empty for every candidate
     * @param sort   the column to sort by ({@code -column} descending; empty or a column the answer lacks: the order of
     *               {@link #run(String)})
     * @param rows   the most rows to read
     * @return the first rows and the number of all
     * @throws StudyException naming an unknown column or a malformed condition
     */
    public Page first(String filter, String sort, int rows) throws StudyException {
        StudyIndex index = WorkspaceStudies.index();
        Query query = query(index, filter);
        Query sorted = query.columns().contains(sort.replaceFirst("^-", ""))
                ? new Query(query.where(), sort, query.columns()) : query;
        return new Page(ResultTable.of(withoutEmptyColumns(index.query(sorted, rows)), units(index, false)),
                index.count(query));
    }

    private synchronized StudyPlan planned(StudyRef study) {
        return plans.get(study);
    }

    /**
     * @param filter a condition such as {@code pce > 20 and spacer = PEA}, or empty for every candidate
     * @return the table
     * @throws StudyException naming an unknown column or a malformed condition
     */
    public ResultTable run(String filter) throws StudyException {
        StudyIndex index = WorkspaceStudies.index();
        QueryResult result = withoutEmptyColumns(index.query(query(index, filter)));
        return ResultTable.of(result, units(index, true));
    }

    /**
     * The first rows of an answer and the number of all.
     *
     * @param table the first rows
     * @param total the number of rows of the whole answer
     */
    public record Page(ResultTable table, long total) {

        /** @return whether the page holds every row */
        public boolean complete() {
            return table.size() >= total;
        }
    }

    /** The index caught up with the shown studies, the query of their candidates with the store as last column. */
    private Query query(StudyIndex index, String filter) throws StudyException {
        for (String store : studies.keySet()) {
            index.catchUp(Path.of(store));
        }
        String mine = studies.keySet().stream().map(s -> STORE + " = '" + s + "'")
                .collect(Collectors.joining(" or ", "(", ")"));
        List<String> columns = new ArrayList<>(index.query(new Query(mine, "", List.of()), 0).columns());
        columns.add(STORE);
        String where = filter == null || filter.isBlank() ? mine : mine + " and (" + filter + ")";
        return new Query(where, "", columns);
    }

    /** The quantities' units, and the axes' of the studies planned already or, when {@code plan}, of every study. */
    private Map<String, String> units(StudyIndex index, boolean plan) throws StudyException {
        Map<String, String> units = new HashMap<>(index.units());
        for (StudyRef study : studies.values()) {
            try {
                StudyPlan planned = plan ? plan(study) : planned(study);
                for (Axis axis : planned == null ? List.<Axis>of() : planned.axes()) {
                    units.put(axis.name(), axis.unit());
                }
            } catch (StudyException e) {
                // a study that no longer plans still shows its results, without axis units
            }
        }
        return units;
    }

    /** Leaves out the axes and quantities that only other studies of the index have. */
    private static QueryResult withoutEmptyColumns(QueryResult result) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < result.columns().size(); c++) {
            final int column = c;
            if (result.rows().isEmpty() || result.rows().stream().anyMatch(row -> row.get(column) != null)) {
                kept.add(c);
            }
        }
        if (kept.size() == result.columns().size()) {
            return result;
        }
        List<List<Object>> rows = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            List<Object> copy = new ArrayList<>(kept.size());
            kept.forEach(c -> copy.add(row.get(c)));
            rows.add(copy);
        }
        return new QueryResult(kept.stream().map(result.columns()::get).toList(), rows);
    }
}
