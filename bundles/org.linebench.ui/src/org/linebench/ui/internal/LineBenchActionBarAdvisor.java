package org.linebench.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menus: File (New, Save, Import, Export, Exit), Edit, Window (Show View, Preferences), Help. */
final class LineBenchActionBarAdvisor extends ActionBarAdvisor {
  private IWorkbenchWindow window;

  LineBenchActionBarAdvisor(IActionBarConfigurer configurer) {
    super(configurer);
  }

  @Override
  protected void makeActions(IWorkbenchWindow w) {
    this.window = w;
    for (ActionFactory f : new ActionFactory[] {ActionFactory.NEW, ActionFactory.SAVE, ActionFactory.SAVE_ALL, ActionFactory.QUIT,
        ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
        ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
        ActionFactory.RESET_PERSPECTIVE, ActionFactory.ABOUT, ActionFactory.IMPORT, ActionFactory.EXPORT}) {
      register(f.create(w));
    }
  }

  @Override
  protected void fillMenuBar(IMenuManager menuBar) {
    MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
    MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
    newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
    file.add(newMenu);
    file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
    file.add(new Separator());
    file.add(getAction(ActionFactory.SAVE.getId()));
    file.add(getAction(ActionFactory.SAVE_ALL.getId()));
    file.add(new Separator());
    // AutomationML and Asset Administration Shells (org.linebench.aml.ui) come in through the import and export wizards
    file.add(getAction(ActionFactory.IMPORT.getId()));
    file.add(getAction(ActionFactory.EXPORT.getId()));
    file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    file.add(new Separator());
    file.add(getAction(ActionFactory.QUIT.getId()));

    // the groups the text editors contribute to (Find Next, Find Previous, ... go to find.ext)
    MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
    edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
    edit.add(getAction(ActionFactory.UNDO.getId()));
    edit.add(getAction(ActionFactory.REDO.getId()));
    edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
    edit.add(new Separator());
    edit.add(getAction(ActionFactory.CUT.getId()));
    edit.add(getAction(ActionFactory.COPY.getId()));
    edit.add(getAction(ActionFactory.PASTE.getId()));
    edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
    edit.add(new Separator());
    edit.add(getAction(ActionFactory.DELETE.getId()));
    edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
    edit.add(new Separator());
    edit.add(getAction(ActionFactory.FIND.getId()));
    edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
    edit.add(new Separator());
    edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
    edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
    edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

    MenuManager win = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
    MenuManager views = new MenuManager(Messages.Menu_showView);
    views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
    win.add(views);
    win.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
    win.add(new Separator());
    win.add(getAction(ActionFactory.PREFERENCES.getId()));

    MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
    help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    help.add(getAction(ActionFactory.ABOUT.getId()));

    menuBar.add(file);
    menuBar.add(edit);
    menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    menuBar.add(win);
    menuBar.add(help);
  }
}
