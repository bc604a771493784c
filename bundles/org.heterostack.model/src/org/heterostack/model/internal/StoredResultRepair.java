package org.heterostack.model.internal;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Message;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;
import org.heterostack.model.io.ResultNames;

/**
 * Repairs, on load, what Heterostack 0.1 wrote wrongly into stored results, so that a file it stored validates
 * and analyses again. The file itself changes only when the user stores again.
 * <ul>
 * <li>Its series lists were unique, so repeated x or y values were dropped and a stored curve could have fewer
 * y than x values. Such a series cannot be repaired: it is taken out of its result, which says so.</li>
 * <li>It named results {@code "target / engine"}; names are identifiers and may not contain blanks, so such a
 * result is renamed {@code "target@engine"}, the name new results get.</li>
 * </ul>
 */
public final class StoredResultRepair {

    private StoredResultRepair() {
    }

    /**
     * Repairs a loaded model's results.
     *
     * @param model a model just loaded
     * @return one warning per removed series, for the load diagnostics
     */
    public static List<String> repair(HeterostackModel model) {
        List<String> warnings = new ArrayList<>();
        for (AnalysisResult result : model.getResults()) {
            rename(result);
            List<Series> broken = result.getSeries().stream()
                    .filter(series -> series.getX().size() != series.getY().size()).toList();
            for (Series series : broken) {
                String text = "series '" + series.getKey() + "' (" + series.getX().size() + " x but "
                        + series.getY().size() + " y values) was removed: Heterostack 0.1 dropped repeated values "
                        + "when it stored it; analyse the model again to restore it";
                result.getSeries().remove(series);
                Message message = HeterostackFactory.eINSTANCE.createMessage();
                message.setSeverity(Severity.WARNING);
                message.setText(text);
                message.setSource("org.heterostack.model");
                result.getMessages().add(message);
                warnings.add(Labels.of(result) + ": " + text);
            }
        }
        return warnings;
    }

    private static void rename(AnalysisResult result) {
        String name = result.getName();
        if (name != null && name.contains(" / ") && result.getTarget() != null && result.getEngineId() != null) {
            result.setName(ResultNames.of(result.getTarget().getName(), result.getEngineId()));
        }
    }
}
