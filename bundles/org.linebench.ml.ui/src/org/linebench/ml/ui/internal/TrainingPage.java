package org.linebench.ml.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.linebench.core.Preferences;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.series.SeriesDetector;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.TrainingOptions;

/** Second page of the training wizard: recipe or classifier, folds, seed, output folder. */
public class TrainingPage extends WizardPage {
  /** Recipes in the order of the combo; null is "choose from the target", CUSTOM a named classifier. */
  private static final Recipe[] RECIPES = {null, Recipe.MAINTENANCE, Recipe.QUALITY, Recipe.REGRESSION, Recipe.CUSTOM};

  private final DataPage data;
  private Combo recipe;
  private Text classifier;
  private Text options;
  private Spinner folds;
  private Spinner seed;
  private Text output;
  private Combo unit;
  private Combo time;
  /** The table the unit and time choices were made for. */
  private CsvTable seriesFor;

  TrainingPage(DataPage data) {
    super("training"); //$NON-NLS-1$
    this.data = data;
    setTitle(Messages.TrainingPage_title);
    setDescription(Messages.TrainingPage_description);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_recipe);
    recipe = new Combo(c, SWT.READ_ONLY);
    recipe.setItems(Messages.TrainingPage_recipeAuto, Messages.TrainingPage_recipeMaintenance, Messages.TrainingPage_recipeQuality,
        Messages.TrainingPage_recipeRegression, Messages.TrainingPage_recipeCustom);
    // Window > Preferences > LineBench: the recipe the wizard proposes
    Recipe preferred = Recipe.of(Preferences.get(Preferences.DEFAULT_RECIPE));
    recipe.select(Math.max(0, java.util.Arrays.asList(RECIPES).indexOf(preferred)));
    GridDataFactory.fillDefaults().span(2, 1).applyTo(recipe);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_classifier);
    classifier = new Text(c, SWT.BORDER);
    classifier.setText("weka.classifiers.trees.J48"); //$NON-NLS-1$
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(classifier);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_options);
    options = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(options);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_folds);
    folds = new Spinner(c, SWT.BORDER);
    folds.setValues(10, 2, 50, 0, 1, 5);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(folds);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_seed);
    seed = new Spinner(c, SWT.BORDER);
    seed.setValues(1, 0, Integer.MAX_VALUE, 0, 1, 10);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(seed);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_unit);
    unit = new Combo(c, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(unit);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_time);
    time = new Combo(c, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(time);
    Label hint = new Label(c, SWT.WRAP);
    hint.setText(Messages.TrainingPage_seriesHint);
    GridDataFactory.fillDefaults().span(3, 1).hint(400, SWT.DEFAULT).applyTo(hint);
    new Label(c, SWT.NONE).setText(Messages.TrainingPage_output);
    output = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.Common_browse);
    browse.addListener(SWT.Selection, e -> {
      String chosen = new DirectoryDialog(getShell()).open();
      if (chosen != null) {
        output.setText(chosen);
      }
    });
    recipe.addListener(SWT.Selection, e -> update());
    output.addListener(SWT.Modify, e -> update());
    classifier.addListener(SWT.Modify, e -> update());
    setControl(c);
    update();
  }

  @Override
  public void setVisible(boolean visible) {
    if (visible && data.table() != null && data.table() != seriesFor) {
      offerSeries(data.table());
    }
    if (visible && output.getText().isBlank() && data.table() != null) {
      Path f = data.file().toAbsolutePath();
      String name = f.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
      output.setText(f.getParent().resolve("models").resolve(name).toString()); //$NON-NLS-1$
    }
    super.setVisible(visible);
  }

  /**
   * Offers the table's columns as unit and time, the ones that look like them chosen (an id repeated
   * over many rows, a cycle or timestamp rising within each): a shuffled split would flatter such data.
   */
  private void offerSeries(CsvTable table) {
    seriesFor = table;
    String[] items = new String[table.columns().size() + 1];
    items[0] = Messages.TrainingPage_none;
    for (int i = 0; i < table.columns().size(); i++) {
      items[i + 1] = table.columns().get(i).name();
    }
    unit.setItems(items);
    time.setItems(items);
    SeriesDetector.Found found = SeriesDetector.detect(table, table.columnIndex(data.target()));
    unit.select(found == null ? 0 : table.columnIndex(found.unit()) + 1);
    time.select(found == null ? 0 : table.columnIndex(found.time()) + 1);
  }

  private static String chosen(Combo c) {
    return c.getSelectionIndex() <= 0 ? null : c.getItem(c.getSelectionIndex());
  }

  /** The series the data are read as: grouped folds with a unit, forward chaining with only a time. */
  public SeriesOptions series() {
    String u = chosen(unit);
    String t = chosen(time);
    return u == null && t == null ? SeriesOptions.NONE
        : new SeriesOptions(u, t, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null);
  }

  /** Chooses the unit and time columns as the user would (tests); null for none. */
  public void chooseSeries(String unitColumn, String timeColumn) {
    unit.select(unitColumn == null ? 0 : java.util.Arrays.asList(unit.getItems()).indexOf(unitColumn));
    time.select(timeColumn == null ? 0 : java.util.Arrays.asList(time.getItems()).indexOf(timeColumn));
  }

  private void update() {
    boolean custom = RECIPES[Math.max(0, recipe.getSelectionIndex())] == Recipe.CUSTOM;
    classifier.setEnabled(custom);
    options.setEnabled(custom);
    setPageComplete(!output.getText().isBlank() && (!custom || !classifier.getText().isBlank()));
  }

  /** What to train, as chosen. */
  public TrainingOptions options(String target) {
    Recipe r = RECIPES[Math.max(0, recipe.getSelectionIndex())];
    TrainingOptions o = TrainingOptions.of(target).withFolds(folds.getSelection(), seed.getSelection());
    if (r == Recipe.CUSTOM) {
      return o.withClassifier(classifier.getText().strip(), options.getText().strip());
    }
    return new TrainingOptions(target, List.of(), List.of(), r, null, "", o.folds(), o.seed()); //$NON-NLS-1$
  }

  public Path output() {
    return Path.of(output.getText().strip());
  }

  /** Sets the choices as the user would (tests). */
  public void choose(Recipe r, String classifierName, int k, String outputFolder) {
    for (int i = 0; i < RECIPES.length; i++) {
      if (RECIPES[i] == r) {
        recipe.select(i);
      }
    }
    if (classifierName != null) {
      classifier.setText(classifierName);
    }
    folds.setSelection(k);
    output.setText(outputFolder);
    update();
  }
}
