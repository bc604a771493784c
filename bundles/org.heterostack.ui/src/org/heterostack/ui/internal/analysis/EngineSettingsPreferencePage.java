package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;

/**
 * Preferences > Heterostack > Engine Settings: the settings of each installed engine (name, value, unit, default,
 * description and source), editable in place. "Analyze Model" runs every engine with these values; a value the
 * engine would refuse (not a number, not one of its choices) marks the page invalid with the engine's own message.
 */
public class EngineSettingsPreferencePage extends EngineListPage {

    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    private final List<IAnalysisEngine> engines = new ArrayList<>();
    private Combo engineCombo;
    private Label modelLabel;
    private TableViewer viewer;

    /** The page as the preference dialog creates it. */
    public EngineSettingsPreferencePage() {
        super("Values \"Analyze Model\" gives the engines' settings. Edit a value in place; a value equal to its "
                + "default is not stored.");
    }

    @Override
    protected void createControls(Composite page, IEngineRegistry registry) {
        registry.engines().stream().sorted(Comparator.comparing((IAnalysisEngine e) -> e.descriptor().category())
                .thenComparing(e -> e.descriptor().name())).forEach(engines::add);
        engines.forEach(e -> values.put(e.descriptor().id(), new LinkedHashMap<>(EngineSettingPreferences.overrides(e))));
        new Label(page, SWT.NONE).setText("Engine:");
        engineCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(engineCombo);
        engines.forEach(e -> engineCombo.add(label(e.descriptor())));
        modelLabel = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(modelLabel);
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        SettingColumns.create(viewer, this);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 260).applyTo(viewer.getTable());
        engineCombo.addListener(SWT.Selection, event -> showEngine());
        if (!engines.isEmpty()) {
            engineCombo.select(0);
            showEngine();
        }
    }

    private void showEngine() {
        IAnalysisEngine engine = selectedEngine();
        modelLabel.setText((engine.settings().isEmpty() ? "This engine has no settings. " : "") + "Model: "
                + engine.descriptor().modelDescription() + "\nValidity: " + engine.descriptor().validityRange());
        viewer.setInput(engine.settings());
        modelLabel.getParent().layout(true, true);
    }

    /** @return the engine whose settings the table shows */
    IAnalysisEngine selectedEngine() {
        return engines.get(Math.max(0, engineCombo.getSelectionIndex()));
    }

    /** @return the value the selected engine will use for a setting: the user's, else the default */
    String value(EngineSetting setting) {
        return values.get(selectedEngine().descriptor().id()).getOrDefault(setting.name(), setting.defaultValue());
    }

    /**
     * Sets a value of the selected engine (as editing its cell does) and checks every engine's values.
     *
     * @param setting a setting of the selected engine
     * @param value   the new value; the default (or blank) removes the user's value
     */
    void setValue(EngineSetting setting, String value) {
        Map<String, String> engineValues = values.get(selectedEngine().descriptor().id());
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.equals(setting.defaultValue())) {
            engineValues.remove(setting.name());
        } else {
            engineValues.put(setting.name(), trimmed);
        }
        viewer.refresh(setting);
        validate();
    }

    private void validate() {
        for (IAnalysisEngine engine : engines) {
            try {
                EngineSettings.resolve(engine.descriptor().id(), engine.settings(), values.get(engine.descriptor().id()));
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                setValid(false);
                return;
            }
        }
        setErrorMessage(null);
        setValid(true);
    }

    @Override
    protected void performDefaults() {
        values.values().forEach(Map::clear);
        if (viewer != null) {
            viewer.refresh();
            validate();
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        values.forEach(EngineSettingPreferences::store);
        return true;
    }

    /**
     * Shows an engine's settings (for tests and for callers that open the page on one engine).
     *
     * @param engineId an installed engine
     * @throws IllegalArgumentException if it is not listed
     */
    public void selectEngine(String engineId) {
        for (int i = 0; i < engines.size(); i++) {
            if (engines.get(i).descriptor().id().equals(engineId)) {
                engineCombo.select(i);
                showEngine();
                return;
            }
        }
        throw new IllegalArgumentException("engine " + engineId + " is not listed");
    }

    /**
     * Sets a value of the selected engine by setting name, as editing its cell does (for tests).
     *
     * @param name  a setting of the selected engine
     * @param value the new value
     */
    public void setValue(String name, String value) {
        setValue(selectedEngine().settings().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + name)), value);
    }

    /** @return the settings table */
    public TableViewer viewer() {
        return viewer;
    }
}
