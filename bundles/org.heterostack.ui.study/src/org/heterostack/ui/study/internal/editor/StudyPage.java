package org.heterostack.ui.study.internal.editor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.heterostack.model.AxisCombination;
import org.heterostack.model.EnginePin;
import org.heterostack.model.Exclusion;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Study;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;
import org.heterostack.ui.editor.ModelEditorPage;
import org.heterostack.ui.editor.ModelEditorSite;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.StudyRef;

/**
 * The model editor's "Study" page: one study of the file (chosen above when it has several) with its axes,
 * constraints (exclusions) and pinned engines with their settings as tables edited in place, how the axes combine,
 * the number of candidates as the study stands, and Run / Stop ({@link RunControls}). Every change is a command on
 * the editor's editing domain, so the editor's Undo and Redo, dirty state and Save cover it.
 */
public final class StudyPage implements ModelEditorPage {

    /** Studies of at most this many points (before constraints) are counted exactly as they are edited. */
    private static final long COUNTED = 20_000;

    private ModelEditorSite site;
    private Combo studies;
    private Label base;
    private Label count;
    private Label problem;
    private Combo combination;
    private RunControls run;
    private List<ListSection> sections;
    private String shown;

    @Override
    public Control create(Composite parent, ModelEditorSite editor) {
        this.site = editor;
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Composite top = new Composite(page, SWT.NONE);
        GridLayout row = new GridLayout(6, false);
        row.horizontalSpacing = 10;
        top.setLayout(row);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText("Study:");
        studies = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        studies.addListener(SWT.Selection, e -> showStudy(studies.getText()));
        base = new Label(top, SWT.NONE);
        new Label(top, SWT.NONE).setText("Axes combine as:");
        combination = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        combination.setItems(AxisCombination.VALUES.stream().map(c -> c.getName().toLowerCase(Locale.ROOT))
                .toArray(String[]::new));
        combination.addListener(SWT.Selection, e -> execute(StudyCommands.set(domain(), study(),
                Literals.STUDY__COMBINATION, combination.getText())));
        count = new Label(top, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        run = new RunControls(page, this);
        sections = List.of(
                new ListSection(page, "Axes: what varies", Literals.STUDY__AXES, List.of(
                        attribute("Name", 110, Literals.PARAMETER_AXIS__NAME),
                        attribute("Kind", 100, Literals.PARAMETER_AXIS__KIND),
                        attribute("Path", 190, Literals.PARAMETER_AXIS__PATH),
                        attribute("Unit", 50, Literals.PARAMETER_AXIS__UNIT),
                        attribute("Values", 200, Literals.PARAMETER_AXIS__VALUES),
                        attribute("Range", 70, Literals.PARAMETER_AXIS__RANGE),
                        attribute("From", 60, Literals.PARAMETER_AXIS__FROM),
                        attribute("To", 60, Literals.PARAMETER_AXIS__TO),
                        attribute("Count", 55, Literals.PARAMETER_AXIS__COUNT)), this),
                new ListSection(page, "Constraints: candidates left out", Literals.STUDY__EXCLUSIONS, List.of(
                        attribute("Name", 160, Literals.EXCLUSION__NAME),
                        new ListSection.Column("Leaves out the candidates where", 420,
                                o -> StudyText.conditions(((Exclusion) o).getConditions()),
                                (o, text) -> StudyCommands.conditions(domain(), (Exclusion) o, text))), this),
                new ListSection(page, "Engines: pinned by identifier and version, with their settings",
                        Literals.STUDY__ENGINES, List.of(
                                attribute("Engine", 280, Literals.ENGINE_PIN__ENGINE_ID),
                                attribute("Version", 70, Literals.ENGINE_PIN__VERSION),
                                attribute("Target", 200, Literals.ENGINE_PIN__TARGET),
                                new ListSection.Column("Settings", 260,
                                        o -> StudyText.settings(((EnginePin) o).getSettings()),
                                        (o, text) -> StudyCommands.settings(domain(), (EnginePin) o, text))),
                        this));
        problem = new Label(page, SWT.WRAP);
        problem.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        modelChanged();
        return page;
    }

    private ListSection.Column attribute(String title, int width, EAttribute attribute) {
        Function<EObject, String> text = o -> {
            Object value = o.eGet(attribute);
            return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : value == null || !o.eIsSet(attribute) ? "" : value instanceof Enum<?> e ? e.name()
                            .toLowerCase(Locale.ROOT) : value.toString();
        };
        return new ListSection.Column(title, width, text, (o, typed) -> StudyCommands.set(domain(), o, attribute,
                typed));
    }

    @Override
    public void modelChanged() {
        if (studies == null || studies.isDisposed()) {
            return;
        }
        List<String> names = site.model() == null ? List.of()
                : site.model().getStudies().stream().map(Study::getName).toList();
        studies.setItems(names.toArray(String[]::new));
        showStudy(names.contains(shown) ? shown : names.isEmpty() ? null : names.get(0));
    }

    private void showStudy(String name) {
        boolean other = !Objects.equals(name, shown);
        shown = name;
        Study study = study();
        studies.select(name == null ? -1 : studies.indexOf(name));
        sections.forEach(s -> s.show(study));
        base.setText(study == null ? "The file has no study (File > New > Heterostack Study adds one)"
                : "on " + (study.getBaseline() == null ? "no base model" : study.getBaseline().getName()) + ";");
        combination.select(study == null ? -1 : AxisCombination.VALUES.indexOf(study.getCombination()));
        count.setText(candidates(study));
        if (other) {
            problem.setText("");
            run.show(study == null || site.file() == null ? null : new StudyRef(site.file(), name));
        }
        count.getParent().layout(true);
    }

    /** The study's candidates as it stands (planned with the installed engines), or why it cannot run. */
    private static String candidates(Study study) {
        if (study == null) {
            return "";
        }
        try {
            StudyPlan plan = StudyFiles.plan(study);
            long points = plan.space().points();
            return points <= COUNTED ? String.format(Locale.ROOT, "%,d candidates", plan.space().size())
                    : String.format(Locale.ROOT, "%,d points before the constraints", points);
        } catch (StudyException | RuntimeException e) {
            return "cannot run: " + e.getMessage();
        }
    }

    @Override
    public boolean reveal(Object object) {
        if (object instanceof StudyRef ref && ref.file().equals(site.file()) && studies.indexOf(ref.name()) >= 0) {
            showStudy(ref.name());
            return true;
        }
        return false;
    }

    /**
     * Runs an edit on the editor's command stack (a command that cannot run is refused with a beep).
     *
     * @param command the edit
     */
    void execute(Command command) {
        if (study() == null) {
            return;
        }
        if (command.canExecute()) {
            problem.setText("");
            domain().getCommandStack().execute(command);
        } else {
            problem.getDisplay().beep();
        }
    }

    /** Shows what is wrong with a typed value (the model is left as it was). */
    void problem(String message) {
        problem.setText(message);
        problem.getParent().layout(true);
    }

    /** @return the editing domain of the editor */
    EditingDomain domain() {
        return site.domain();
    }

    /** @return the study shown, null when none */
    Study study() {
        return shown == null || site.model() == null ? null : site.model().getStudies().stream()
                .filter(s -> shown.equals(s.getName())).findFirst().orElse(null);
    }

    /** @return the editor's site */
    ModelEditorSite site() {
        return site;
    }

    /** @return the tables: axes, constraints, engines */
    public List<TableViewer> tables() {
        return sections.stream().map(ListSection::viewer).toList();
    }

    /** @return the run controls */
    public RunControls run() {
        return run;
    }

    /** @return the problem line (empty when none) */
    public String problemText() {
        return problem.getText();
    }

    /** @return the candidate count line */
    public String countText() {
        return count.getText();
    }

    @Override
    public void dispose() {
        if (run != null) {
            run.dispose();
        }
    }
}
