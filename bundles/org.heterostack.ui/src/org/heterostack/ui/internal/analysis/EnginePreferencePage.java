package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.EngineCategory;

/**
 * Preferences > Heterostack > Analysis Engines: per category, every applicable engine (the default) or the one
 * engine "Analyze Model" runs. Lists the engines installed when the page opens.
 */
public class EnginePreferencePage extends EngineListPage {

    static final String AUTOMATIC = "Every engine that applies";

    /** The width a category's combo asks for, in pixels; it grows with the page. */
    private static final int COMBO_WIDTH = 300;

    private final Map<EngineCategory, Combo> combos = new EnumMap<>(EngineCategory.class);
    private final Map<EngineCategory, List<String>> ids = new EnumMap<>(EngineCategory.class);

    /** The page as the preference dialog creates it. */
    public EnginePreferencePage() {
        super("\"Analyze Model\" runs every installed engine that applies to an object. Choose an engine "
                + "to run only that one in its category (the others still run on the objects it does not apply to).");
    }

    @Override
    protected void createControls(Composite page, IEngineRegistry registry) {
        for (EngineCategory category : EngineCategory.VALUES) {
            new Label(page, SWT.NONE).setText(title(category) + ":");
            Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
            // fills the page's width rather than widening the page to its longest engine label (the dialog then
            // scrolled the page sideways and cut the category labels off)
            GridDataFactory.fillDefaults().grab(true, false).hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(combo);
            List<String> categoryIds = new ArrayList<>();
            combo.add(AUTOMATIC);
            categoryIds.add("");
            for (IAnalysisEngine engine : registry.engines(category)) {
                combo.add(label(engine.descriptor()));
                categoryIds.add(engine.descriptor().id());
            }
            String preferred = EnginePreferences.preferredEngineId(category).orElse("");
            combo.select(Math.max(0, categoryIds.indexOf(preferred)));
            combos.put(category, combo);
            ids.put(category, categoryIds);
        }
    }

    @Override
    protected void performDefaults() {
        combos.values().forEach(combo -> combo.select(0));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        for (Map.Entry<EngineCategory, Combo> e : combos.entrySet()) {
            String id = ids.get(e.getKey()).get(Math.max(0, e.getValue().getSelectionIndex()));
            EnginePreferences.setPreferredEngineId(e.getKey(), id.isEmpty() ? Optional.empty() : Optional.of(id));
        }
        return true;
    }

    /** @return the combo of a category, for tests */
    public Combo combo(EngineCategory category) {
        return combos.get(category);
    }

    private static String title(EngineCategory category) {
        String name = category.getLiteral().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
