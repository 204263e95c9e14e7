package org.linebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * LineBench's nl fragments (bundles/org.linebench.nl.zh.*) give the Eclipse platform's own labels
 * in Simplified Chinese: each is attached to its host, its files are found through the host's
 * class loader the way NLS and ResourceBundle find them, every key exists in the host, every
 * {n} argument, mnemonic and accelerator tab survives, and the labels the workbench shows most
 * are there. In English (the test runtime's locale) the platform's labels are unchanged.
 */
class PlatformTranslationTest {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern MNEMONIC = Pattern.compile("&[^&\\s]");
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** No fallback to the JVM's default locale: the lookups below mean exactly the locale asked for. */
  private static final ResourceBundle.Control PROPERTIES = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Each fragment and its host. */
  private static final Map<String, String> FRAGMENTS = new LinkedHashMap<>();
  static {
    FRAGMENTS.put("org.linebench.nl.zh.jface", "org.eclipse.jface");
    FRAGMENTS.put("org.linebench.nl.zh.ui", "org.eclipse.ui");
    FRAGMENTS.put("org.linebench.nl.zh.ui.workbench", "org.eclipse.ui.workbench");
    FRAGMENTS.put("org.linebench.nl.zh.ui.ide", "org.eclipse.ui.ide");
    FRAGMENTS.put("org.linebench.nl.zh.ui.views", "org.eclipse.ui.views");
    FRAGMENTS.put("org.linebench.nl.zh.ui.navigator", "org.eclipse.ui.navigator");
    FRAGMENTS.put("org.linebench.nl.zh.ui.navigator.resources", "org.eclipse.ui.navigator.resources");
    FRAGMENTS.put("org.linebench.nl.zh.ui.workbench.texteditor", "org.eclipse.ui.workbench.texteditor");
    FRAGMENTS.put("org.linebench.nl.zh.ui.editors", "org.eclipse.ui.editors");
    FRAGMENTS.put("org.linebench.nl.zh.e4.ui.workbench.renderers.swt", "org.eclipse.e4.ui.workbench.renderers.swt");
    FRAGMENTS.put("org.linebench.nl.zh.e4.ui.workbench.addons.swt", "org.eclipse.e4.ui.workbench.addons.swt");
  }

  /** host -> resource bundle base name -> keys the workbench shows most; each must be Chinese. */
  private static final Map<String, Map<String, List<String>>> MUST_HAVE = new LinkedHashMap<>();
  static {
    mustHave("org.eclipse.jface", "org.eclipse.jface.messages", "ok", "cancel", "yes", "no", "backButton", "nextButton", "finish",
        "apply", "defaults", "PreferenceDialog.title", "PreferencesDialog.okButtonLabel");
    mustHave("org.eclipse.ui.workbench", "org.eclipse.ui.internal.messages", "SaveAction_text", "SaveAll_text", "SaveAs_text",
        "CloseEditorAction_text", "CloseAllAction_text", "Workbench_undo", "Workbench_redo", "Workbench_cut", "Workbench_copy",
        "Workbench_paste", "Workbench_delete", "Workbench_selectAll", "Workbench_findReplace", "OpenPreferences_text", "Exit_text",
        "ResetPerspective_text", "AboutAction_text", "ShowView_shellTitle", "ShowView_title", "Save_Resource",
        "EditorManager_saveChangesQuestion", "SaveableHelper_Save", "SaveableHelper_Dont_Save", "FilteredTree_FilterMessage");
    mustHave("org.eclipse.ui.workbench", "plugin", "command.name.save", "command.name.saveAll");
    mustHave("org.eclipse.ui", "plugin", "command.save.name", "command.close.name", "command.preferences.name", "Views.Category.Basic");
    mustHave("org.eclipse.ui.ide", "plugin", "Views.Problem", "markerGrouping.errors", "markerGrouping.warnings", "Field.Description",
        "Field.Resource", "Field.Path", "Field.Location", "Field.Type", "NewWizards.project", "NewWizards.folder", "NewWizards.file");
    mustHave("org.eclipse.ui.ide", "org.eclipse.ui.views.markers.internal.messages", "filter_itemsMessage", "Category_Label",
        "Category_One_Item_Label", "description_message", "resolveMarkerAction_title");
    mustHave("org.eclipse.ui.ide", "org.eclipse.ui.internal.ide.messages", "OpenFileAction_text", "DeleteResourceAction_text",
        "RefreshAction_text", "RenameResourceAction_text", "MoveResourceAction_text", "CopyResourceAction_title",
        "CloseResourceAction_text", "DeleteResourceAction_confirmProject1");
    mustHave("org.eclipse.ui.views", "plugin", "Views.PropertySheet", "Views.ContentOutline");
    mustHave("org.eclipse.ui.views", "org.eclipse.ui.internal.views.properties.messages", "PropertyViewer_property", "PropertyViewer_value");
    mustHave("org.eclipse.ui.navigator.resources", "plugin", "Common_Resource_Navigator");
    mustHave("org.eclipse.ui.navigator.resources", "org.eclipse.ui.internal.navigator.resources.plugin.messages",
        "NewActionProvider_NewMenu_label", "OpenActionProvider_OpenWithMenu_label", "CopyAction_Cop_", "PasteAction_Past_",
        "ShowInActionProvider_showInAction_label");
    mustHave("org.eclipse.ui.navigator", "org.eclipse.ui.internal.navigator.messages", "LinkEditorActionDelegate_0",
        "CollapseAllActionDelegate_0", "SelectFiltersActionDelegate_0");
    mustHave("org.eclipse.ui.workbench.texteditor", "org.eclipse.ui.texteditor.ConstructedEditorMessages", "Editor.Undo.label",
        "Editor.Redo.label", "Editor.Cut.label", "Editor.Copy.label", "Editor.Paste.label", "Editor.SelectAll.label",
        "Editor.Revert.label", "Editor.QuickAssist.label");
    mustHave("org.eclipse.ui.workbench.texteditor", "org.eclipse.ui.texteditor.EditorMessages",
        "Editor_statusline_state_writable_label", "Editor_statusline_mode_insert_label");
    mustHave("org.eclipse.ui.editors", "org.eclipse.ui.texteditor.ConstructedTextEditorMessages", "Editor.ContextPreferencesAction.label");
    mustHave("org.eclipse.ui.editors", "org.eclipse.ui.texteditor.TextEditorMessages", "AbstractDecoratedTextEditor_showIn_menu");
    mustHave("org.eclipse.e4.ui.workbench.renderers.swt", "org.eclipse.e4.ui.internal.workbench.renderers.swt.messages",
        "menuClose", "menuCloseOthers", "menuCloseAll", "choosePartsToSaveTitle", "choosePartsToSave_Button_Dont_Save");
    mustHave("org.eclipse.e4.ui.workbench.addons.swt", "org.eclipse.e4.ui.workbench.addons.minmax.messages", "TrimStack_RestoreText");
  }

  private static void mustHave(String host, String base, String... keys) {
    MUST_HAVE.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(base, List.of(keys));
  }

  /** A _zh file of a fragment and what it translates. */
  private record ZhFile(String fragment, Bundle host, String path, Properties zh, Properties en) {
    /** The name ResourceBundle and NLS look it up by: org/eclipse/jface/messages_zh.properties -> org.eclipse.jface.messages */
    String baseName() {
      return path.substring(0, path.length() - "_zh.properties".length()).replace('/', '.');
    }
  }

  private static Bundle bundle(String name) {
    Bundle b = Platform.getBundle(name);
    assertNotNull(b, name + " is not installed (is it in org.linebench.ui.feature?)");
    return b;
  }

  private static ClassLoader loader(Bundle host) {
    BundleWiring wiring = host.adapt(BundleWiring.class);
    assertNotNull(wiring, host.getSymbolicName() + " is not resolved");
    return wiring.getClassLoader();
  }

  private static Properties load(URL url) throws IOException {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(in); // ISO-8859-1 with \\uXXXX escapes, as NLS and ResourceBundle read them
    }
    return p;
  }

  private static List<ZhFile> zhFiles() throws IOException {
    List<ZhFile> files = new ArrayList<>();
    for (Map.Entry<String, String> e : FRAGMENTS.entrySet()) {
      Bundle fragment = bundle(e.getKey());
      Bundle host = bundle(e.getValue());
      for (URL url : Collections.list(fragment.findEntries("/", "*_zh.properties", true))) {
        String path = url.getPath().substring(1);
        URL base = host.getEntry(path.replace("_zh.properties", ".properties"));
        assertNotNull(base, e.getKey() + ": " + path + " has no base file in " + host.getSymbolicName());
        files.add(new ZhFile(e.getKey(), host, path, load(url), load(base)));
      }
    }
    return files;
  }

  private static Set<String> arguments(String message) {
    Set<String> args = new TreeSet<>();
    Matcher m = ARG.matcher(message);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  @Test
  void everyFragmentIsAttachedToItsHost() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : FRAGMENTS.entrySet()) {
      Bundle fragment = bundle(e.getKey());
      BundleWiring wiring = fragment.adapt(BundleWiring.class);
      List<String> hosts = wiring == null ? List.of()
          : wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE).stream().map(BundleWire::getProvider).map(r -> r.getSymbolicName()).toList();
      if (!hosts.equals(List.of(e.getValue()))) {
        problems.add(e.getKey() + " is attached to " + hosts + ", not to " + e.getValue() + " (Fragment-Host version range?)");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theHostsClassLoaderFindsTheChineseFiles() throws IOException {
    List<String> problems = new ArrayList<>();
    int keys = 0;
    for (ZhFile f : zhFiles()) {
      ResourceBundle rb;
      try {
        rb = ResourceBundle.getBundle(f.baseName(), ZH, loader(f.host()), PROPERTIES);
      } catch (MissingResourceException ex) {
        problems.add(f.fragment() + ": " + f.baseName() + " not found through " + f.host().getSymbolicName() + "'s class loader");
        continue;
      }
      for (String key : f.zh().stringPropertyNames()) {
        keys++;
        if (!f.zh().getProperty(key).equals(rb.getString(key))) {
          problems.add(f.fragment() + ": " + f.baseName() + " " + key + " = '" + rb.getString(key) + "', not the fragment's text");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(keys > 500, "Chinese texts found: " + keys);
  }

  @Test
  void everyChineseKeyExistsInTheHostAndKeepsArgumentsMnemonicsAndTabs() throws IOException {
    List<String> problems = new ArrayList<>();
    List<ZhFile> files = zhFiles();
    assertTrue(files.size() >= FRAGMENTS.size(), "files: " + files.size());
    for (ZhFile f : files) {
      String where = f.fragment() + "/" + f.path() + ": ";
      for (String key : f.zh().stringPropertyNames()) {
        String zh = f.zh().getProperty(key);
        String en = f.en().getProperty(key);
        if (en == null) {
          problems.add(where + key + " is not a key of " + f.host().getSymbolicName() + " (a typo does nothing)");
          continue;
        }
        if (!arguments(zh).equals(arguments(en))) {
          problems.add(where + key + " has arguments " + arguments(zh) + ", English has " + arguments(en));
        }
        if (MNEMONIC.matcher(en).find() && !MNEMONIC.matcher(zh).find()) {
          problems.add(where + key + " lost the mnemonic of '" + en + "'");
        }
        if (en.contains("\t") != zh.contains("\t")) {
          problems.add(where + key + " lost the accelerator tab of '" + en + "'");
        }
        if (!CJK.matcher(zh).find()) {
          problems.add(where + key + " has no Chinese text: '" + zh + "'");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theLabelsTheWorkbenchShowsMostAreChinese() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<String>>> host : MUST_HAVE.entrySet()) {
      ClassLoader loader = loader(bundle(host.getKey()));
      for (Map.Entry<String, List<String>> base : host.getValue().entrySet()) {
        ResourceBundle rb = ResourceBundle.getBundle(base.getKey(), ZH, loader, PROPERTIES);
        assertEquals(ZH.getLanguage(), rb.getLocale().getLanguage(), base.getKey() + " has no Chinese file in " + host.getKey());
        for (String key : base.getValue()) {
          String text = rb.containsKey(key) ? rb.getString(key) : null;
          if (text == null || !CJK.matcher(text).find()) {
            problems.add(host.getKey() + " " + base.getKey() + " " + key + " = " + text);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void inEnglishThePlatformLabelsAreUnchanged() throws IOException {
    assertFalse(Platform.getNL().startsWith("zh"), "the test runtime is not Chinese: " + Platform.getNL());
    // the base lookup still gives the host's own English text, key by key
    List<String> problems = new ArrayList<>();
    for (ZhFile f : zhFiles()) {
      for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH, Locale.US}) {
        ResourceBundle rb = ResourceBundle.getBundle(f.baseName(), locale, loader(f.host()), PROPERTIES);
        for (String key : f.zh().stringPropertyNames()) {
          if (f.en().containsKey(key) && !f.en().getProperty(key).equals(rb.getString(key))) {
            problems.add(f.baseName() + " " + key + " in " + locale + ": '" + rb.getString(key) + "'");
          }
        }
      }
    }
    assertEquals(List.of(), problems);

    // and what the running (English) workbench shows
    assertEquals("OK", IDialogConstants.OK_LABEL);
    assertEquals("Cancel", IDialogConstants.CANCEL_LABEL);
    assertEquals("Preferences", JFaceResources.getString("PreferenceDialog.title"));
    IViewDescriptor problemsView = PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.ProblemView");
    assertNotNull(problemsView);
    assertEquals("Problems", problemsView.getLabel());
    assertEquals("Properties", PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.PropertySheet").getLabel());
    assertEquals("Project Explorer", PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.navigator.ProjectExplorer").getLabel());
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    assertNotNull(window);
    for (Object[] a : new Object[][] {{ActionFactory.SAVE, "&Save"}, {ActionFactory.SAVE_ALL, "Sav&e All"}, {ActionFactory.PREFERENCES, "&Preferences..."}}) {
      IAction action = ((ActionFactory) a[0]).create(window);
      try {
        assertEquals(a[1], action.getText().split("\t")[0]);
      } finally {
        ((ActionFactory.IWorkbenchAction) action).dispose();
      }
    }
  }
}
