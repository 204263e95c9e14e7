package org.linebench.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.linebench.core.Preferences;

/**
 * Window > Preferences > LineBench: the rule packs the workbench checks with, the default recipe,
 * the data encoding. Stored in the instance scope of {@link Preferences#NODE}, where headless code
 * reads them with {@link Preferences#get(String)}. Findings come in the workbench's language, as
 * the structural problems do.
 */
public class LineBenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

  public LineBenchPreferencePage() {
    super(GRID);
    setDescription(Messages.Preferences_description);
  }

  /** The store of LineBench's settings, its defaults those of {@link Preferences}. */
  public static ScopedPreferenceStore store() {
    ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, Preferences.NODE);
    for (String key : Preferences.keys()) {
      store.setDefault(key, Preferences.defaultValue(key));
    }
    return store;
  }

  @Override
  public void init(IWorkbench workbench) {
    setPreferenceStore(store());
  }

  @Override
  protected IPreferenceStore doGetPreferenceStore() {
    return store();
  }

  @Override
  protected void createFieldEditors() {
    StringFieldEditor packs = new StringFieldEditor(Preferences.RULE_PACKS, Messages.Preferences_rulePacks, getFieldEditorParent());
    packs.getTextControl(getFieldEditorParent()).setMessage(Messages.Preferences_rulePacksHint);
    packs.getTextControl(getFieldEditorParent()).setToolTipText(Messages.Preferences_rulePacksHint);
    addField(packs);
    addField(new ComboFieldEditor(Preferences.DEFAULT_RECIPE, Messages.Preferences_recipe,
        choices(Preferences.RECIPES, List.of(Messages.Preferences_recipeMaintenance, Messages.Preferences_recipeQuality)),
        getFieldEditorParent()));
    addField(new ComboFieldEditor(Preferences.DATA_ENCODING, Messages.Preferences_encoding,
        choices(Preferences.ENCODINGS, List.of(Messages.Preferences_encodingAuto, "UTF-8", "GB18030")), //$NON-NLS-1$ //$NON-NLS-2$
        getFieldEditorParent()));
  }

  /** Label/value pairs for a combo, in the order of the allowed values. */
  static String[][] choices(List<String> values, List<String> labels) {
    String[][] c = new String[values.size()][];
    for (int i = 0; i < values.size(); i++) {
      c[i] = new String[] {labels.get(i), values.get(i)};
    }
    return c;
  }

  @Override
  public boolean performOk() {
    boolean ok = super.performOk();
    if (getPreferenceStore() instanceof ScopedPreferenceStore s && s.needsSaving()) {
      try {
        s.save();
      } catch (IOException e) {
        ILog.of(LineBenchPreferencePage.class).error("cannot save the LineBench preferences", e); //$NON-NLS-1$
        setErrorMessage(e.getMessage());
        return false;
      }
    }
    return ok;
  }
}
