package org.linebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linebench.core.Preferences;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.LineBenchUi;

/** Window > Preferences > LineBench stores its values where headless code reads them. */
class PreferencePageTest {

  @AfterEach
  void backToDefaults() throws Exception {
    var node = InstanceScope.INSTANCE.getNode(Preferences.NODE);
    node.clear();
    node.flush();
  }

  private static void select(Combo combo, String item) {
    int i = Arrays.asList(combo.getItems()).indexOf(item);
    assertTrue(i >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems()));
    combo.select(i);
    combo.notifyListeners(SWT.Selection, new Event());
  }

  @Test
  void thePageShowsTheDefaultsAndStoresTheChoices() throws Exception {
    assertEquals("maintenance", Preferences.get(Preferences.DEFAULT_RECIPE));
    assertEquals("auto", Preferences.get(Preferences.DATA_ENCODING));
    assertEquals(List.of(), Preferences.rulePacks());

    PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbenches.window().getShell(), LineBenchUi.PREFERENCE_PAGE,
        new String[] {LineBenchUi.PREFERENCE_PAGE}, null);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Workbenches.settle();
      assertInstanceOf(LineBenchPreferencePage.class, dialog.getSelectedPage());
      List<Combo> combos = Workbenches.find(dialog.getShell(), Combo.class);
      assertEquals(2, combos.size(), "recipe, encoding");
      assertEquals(Messages.Preferences_recipeMaintenance, combos.get(0).getText(), "the default recipe is shown");
      assertEquals(Messages.Preferences_encodingAuto, combos.get(1).getText());
      select(combos.get(0), Messages.Preferences_recipeQuality);
      select(combos.get(1), "GB18030");
      Text packs = Workbenches.find(dialog.getShell(), Text.class).stream().filter(t -> Messages.Preferences_rulePacksHint.equals(t.getMessage()))
          .findFirst().orElseThrow();
      packs.setText(" eu-machinery , eu-robots ");
      Workbenches.waitFor(() -> false, 300);
      Screenshots.save(dialog.getShell(), UiTesting.screenshots().resolve("preferences.png"));
      Button ok = Workbenches.find(dialog.getShell(), Button.class).stream()
          .filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).findFirst().orElseThrow();
      ok.notifyListeners(SWT.Selection, new Event());
      Workbenches.waitFor(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), 5_000);
    } finally {
      if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
        dialog.close();
      }
    }
    // read back the way the command line and the rule engine will: through the preference service
    assertEquals("quality", Preferences.get(Preferences.DEFAULT_RECIPE));
    assertEquals("GB18030", Preferences.get(Preferences.DATA_ENCODING));
    assertEquals(List.of("eu-machinery", "eu-robots"), Preferences.rulePacks());
    Path stored = Path.of(Platform.getInstanceLocation().getURL().toURI())
        .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + Preferences.NODE + ".prefs");
    assertTrue(Files.readString(stored).contains("defaultRecipe=quality"), "saved in the workspace's settings");
  }

  @Test
  void anUnknownStoredValueGivesTheDefault() throws Exception {
    var node = InstanceScope.INSTANCE.getNode(Preferences.NODE);
    node.put(Preferences.DEFAULT_RECIPE, "astrology");
    node.put(Preferences.DATA_ENCODING, "UTF-8");
    assertEquals(Preferences.defaultValue(Preferences.DEFAULT_RECIPE), Preferences.get(Preferences.DEFAULT_RECIPE));
    assertEquals("UTF-8", Preferences.get(Preferences.DATA_ENCODING));
  }
}
