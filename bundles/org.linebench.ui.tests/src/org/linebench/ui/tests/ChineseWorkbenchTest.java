package org.linebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linebench.testing.ui.Workbenches.settle;
import static org.linebench.testing.ui.Workbenches.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.ui.LineBenchUi;

/**
 * The real workbench started with {@code -nl zh_CN} (its own test run, see the pom): what the window
 * shows, LineBench's labels and the platform's, is Chinese. The English run is {@link WorkbenchTest}.
 */
class ChineseWorkbenchTest {

  @BeforeAll
  static void startedInChinese() {
    assertEquals("zh_CN", Platform.getNL(), "this class runs in the execution started with -nl zh_CN");
  }

  private static boolean chinese(String s) {
    return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void theMenuBarIsChinese() {
    Menu bar = window().getShell().getMenuBar();
    assertNotNull(bar);
    List<String> menus = new ArrayList<>();
    for (MenuItem item : bar.getItems()) {
      menus.add(item.getText());
    }
    assertTrue(menus.size() >= 3, menus::toString);
    for (String menu : menus) {
      assertTrue(chinese(menu), "menu " + menu + " of " + menus);
    }
  }

  @Test
  void thePlatformViewsCarryChineseTitles() throws Exception {
    IWorkbenchPage page = window().getActivePage();
    IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
    IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
    IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
    IViewPart explorer = page.showView(LineBenchUi.VIEW_PROJECT_EXPLORER);
    settle();
    assertEquals("问题", partName(page, problems));
    assertEquals("属性", partName(page, properties));
    assertEquals("大纲", partName(page, outline));
    assertEquals(LineBenchUi.VIEW_PROJECT_EXPLORER, explorer.getSite().getId());
    assertEquals("项目资源管理器", partName(page, explorer));
  }

  /** The name on the view's tab (the title may add a status, such as the Problems view's count). */
  private static String partName(IWorkbenchPage page, IViewPart view) {
    return page.findViewReference(view.getSite().getId()).getPartName();
  }

  @Test
  void lineBenchViewsAreChineseToo() throws Exception {
    IViewPart line = window().getActivePage().showView(LineBenchUi.VIEW_LINE);
    settle();
    String name = partName(window().getActivePage(), line);
    assertTrue(chinese(name), name);
  }

  @Test
  void workbenchActionsAndDialogButtonsAreChinese() {
    IAction save = ActionFactory.SAVE.create(window());
    IAction saveAll = ActionFactory.SAVE_ALL.create(window());
    IAction preferences = ActionFactory.PREFERENCES.create(window());
    try {
      assertEquals("保存(&S)", save.getText());
      assertTrue(chinese(saveAll.getText()), saveAll.getText());
      assertTrue(chinese(preferences.getText()), preferences.getText());
    } finally {
      ((ActionFactory.IWorkbenchAction) save).dispose();
      ((ActionFactory.IWorkbenchAction) saveAll).dispose();
      ((ActionFactory.IWorkbenchAction) preferences).dispose();
    }
    assertEquals("确定", IDialogConstants.OK_LABEL);
    assertEquals("取消", IDialogConstants.CANCEL_LABEL);
    assertEquals(Locale.SIMPLIFIED_CHINESE.getLanguage(), Locale.getDefault().getLanguage());
  }
}
