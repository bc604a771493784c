package org.heterostack.ui.study.internal.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Orientation;
import org.heterostack.model.Placement;
import org.heterostack.study.StudyException;
import org.heterostack.ui.study.internal.run.StudyFiles;

/**
 * The New Study wizard's page: name, base device or heterostructure, axes (library spacers with their structure, n
 * range, orientations, placements, one numeric attribute by path) and engines (id and version); below them the number
 * of candidates the study will have, planned by the study layer as the choices change.
 */
public final class StudyPage extends WizardPage {

    private final HeterostackModel model;
    private final List<OrganicCation> cations;
    private final List<IAnalysisEngine> installed;
    private final StudyDraft draft = new StudyDraft();
    private final List<NamedElement> bases = new ArrayList<>();
    private Text name;
    private Combo base;
    private Table spacers;
    private Spinner nFrom;
    private Spinner nTo;
    private final List<Button> orientations = new ArrayList<>();
    private final List<Button> placements = new ArrayList<>();
    private Text path;
    private Text unit;
    private Text from;
    private Text to;
    private Spinner count;
    private Button log;
    private Table engines;
    private Label candidates;
    private long planned = -1;

    StudyPage(HeterostackModel model, List<OrganicCation> cations, List<IAnalysisEngine> installed) {
        super("study");
        this.model = model;
        this.cations = cations;
        this.installed = installed;
        setTitle("New Study");
        setDescription("A parameter sweep over a base device or heterostructure: choose its axes and engines.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, true));
        Composite top = grid(page, 4, 2);
        name = text(top, "Name:", "study-" + (model.getStudies().size() + 1));
        new Label(top, SWT.NONE).setText("Base:");
        base = new Combo(top, SWT.READ_ONLY);
        bases.addAll(model.getDevices());
        bases.addAll(model.getHeterostructures());
        base.setItems(bases.stream().map(b -> b.eClass().getName() + " " + b.getName()).toArray(String[]::new));
        base.select(0);
        base.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        base.addListener(SWT.Selection, e -> update());

        spacers = table(group(page, "Spacers (library)", 1, 2), "Spacer", "Chemical name", "SMILES");
        for (OrganicCation cation : cations) {
            new TableItem(spacers, SWT.NONE).setText(new String[] { cation.getName(),
                    nonNull(cation.getChemicalName()), nonNull(cation.getSmiles()) });
        }
        pack(spacers);

        Group n = group(page, "n (layers per sheet)", 4, 1);
        nFrom = spinner(n, "from", 1);
        nTo = spinner(n, "to", 4);
        Group orientation = group(page, "Orientations", 3, 1);
        for (Orientation o : List.of(Orientation.PARALLEL, Orientation.VERTICAL, Orientation.RANDOM, Orientation.OBLIQUE)) {
            orientations.add(check(orientation, o.getLiteral()));
        }
        Group placement = group(page, "Placements", 2, 1);
        for (Placement p : Placement.VALUES) {
            placements.add(check(placement, p.getLiteral()));
        }
        Group attribute = group(page, "Numeric attribute by path (linear or log range)", 6, 1);
        path = text(attribute, "Path:", "");
        path.setMessage("e.g. layers[absorber].thicknessNm");
        ((GridData) path.getLayoutData()).horizontalSpan = 5;
        unit = text(attribute, "Unit:", "");
        from = text(attribute, "From:", "");
        to = text(attribute, "To:", "");
        count = spinner(attribute, "Values:", 5);
        log = check(attribute, "logarithmic");

        engines = table(group(page, "Engines to pin", 1, 2), "Engine", "Id", "Version");
        for (IAnalysisEngine engine : installed) {
            new TableItem(engines, SWT.NONE).setText(new String[] { engine.descriptor().name(),
                    engine.descriptor().id(), engine.descriptor().version() });
        }
        pack(engines);
        candidates = new Label(page, SWT.NONE);
        candidates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        setControl(page);
        update();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Composite grid(Composite parent, int columns, int span) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(columns, false));
        composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, span, 1));
        return composite;
    }

    private Group group(Composite parent, String title, int columns, int span) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, span, 1));
        return group;
    }

    private Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private Spinner spinner(Composite parent, String label, int value) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, 1, 1000, 0, 1, 5);
        spinner.addListener(SWT.Modify, e -> update());
        return spinner;
    }

    private Button check(Composite parent, String label) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(label);
        button.addListener(SWT.Selection, e -> update());
        return button;
    }

    private Table table(Composite parent, String... headers) {
        Table table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 110;
        table.setLayoutData(data);
        for (String header : headers) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        table.addListener(SWT.Selection, e -> update());
        return table;
    }

    private static void pack(Table table) {
        Arrays.stream(table.getColumns()).forEach(column -> {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 330));
        });
    }

    /** Reads the choices into the draft and plans it: the candidate count, or what is wrong. */
    private void update() {
        if (candidates == null) {
            return;
        }
        draft.name = name.getText();
        draft.base = base.getSelectionIndex() < 0 ? null : bases.get(base.getSelectionIndex());
        draft.spacers.clear();
        Arrays.stream(spacers.getItems()).filter(TableItem::getChecked).forEach(i -> draft.spacers.add(i.getText(0)));
        draft.nFrom = nFrom.getSelection();
        draft.nTo = nTo.getSelection();
        draft.orientations.clear();
        orientations.stream().filter(Button::getSelection).forEach(b -> draft.orientations.add(b.getText()));
        draft.placements.clear();
        placements.stream().filter(Button::getSelection).forEach(b -> draft.placements.add(b.getText()));
        draft.attributePath = path.getText();
        draft.attributeUnit = unit.getText();
        draft.attributeCount = count.getSelection();
        draft.attributeLog = log.getSelection();
        draft.engines.clear();
        TableItem[] rows = engines.getItems();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].getChecked()) {
                draft.engines.add(installed.get(i));
            }
        }
        planned = -1;
        String problem = problem();
        if (problem == null) {
            try {
                planned = StudyFiles.plan(draft.build()).space().size();
            } catch (StudyException | RuntimeException e) {
                problem = e.getMessage();
            }
        }
        candidates.setText(planned < 0 ? "" : String.format(Locale.ROOT, "%,d candidates, %,d evaluations",
                planned, planned * draft.engines.size()));
        candidates.getParent().layout(true);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (draft.name.isBlank()) {
            return "Name the study.";
        }
        if (model.getStudies().stream().anyMatch(s -> draft.name.strip().equals(s.getName()))) {
            return "The model has a study named '" + draft.name.strip() + "' already.";
        }
        if (draft.base == null) {
            return "The model has no device or heterostructure to vary.";
        }
        if (!draft.attributePath.isBlank()) {
            try {
                draft.attributeFrom = Double.parseDouble(from.getText().strip());
                draft.attributeTo = Double.parseDouble(to.getText().strip());
            } catch (NumberFormatException e) {
                return "Give the attribute's range as two numbers (From, To).";
            }
        }
        return draft.engines.isEmpty() ? "Choose the engines to pin." : null;
    }

    /** @return the study's draft */
    public StudyDraft draft() {
        return draft;
    }

    /** @return the planned number of candidates, -1 when the study does not plan */
    public long candidates() {
        return planned;
    }

    /** @return the candidate count line */
    public String candidatesText() {
        return candidates.getText();
    }

    /**
     * Checks the rows of the spacer or engine table whose name or id is one of the texts.
     *
     * @param spacerTable the spacers, else the engines
     * @param texts       names or ids
     */
    public void check(boolean spacerTable, List<String> texts) {
        for (TableItem item : (spacerTable ? spacers : engines).getItems()) {
            item.setChecked(texts.contains(item.getText(0)) || texts.contains(item.getText(1)));
        }
        update();
    }

    /**
     * Sets the n range and ticks orientations.
     *
     * @param first              the lowest n
     * @param last               the highest n
     * @param chosenOrientations the orientations to vary (literals)
     */
    public void axes(int first, int last, List<String> chosenOrientations) {
        nFrom.setSelection(first);
        nTo.setSelection(last);
        orientations.forEach(b -> b.setSelection(chosenOrientations.contains(b.getText())));
        update();
    }
}
