package org.heterostack.ui.internal.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus. Each keeps the standard group markers, so that other bundles (the p2
 * UI's "Install New Software...", later the model editor) contribute into the places users expect.
 */
public class HeterostackActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchWindow window;

    /** @param configurer the action bar's configurer */
    public HeterostackActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow workbenchWindow) {
        this.window = workbenchWindow;
    }

    private IWorkbenchAction action(ActionFactory factory) {
        IWorkbenchAction action = factory.create(window);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        newMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(action(ActionFactory.CLOSE));
        file.add(action(ActionFactory.CLOSE_ALL));
        file.add(new Separator());
        file.add(action(ActionFactory.SAVE));
        file.add(action(ActionFactory.SAVE_AS));
        file.add(action(ActionFactory.SAVE_ALL));
        file.add(action(ActionFactory.REVERT));
        file.add(new Separator());
        file.add(action(ActionFactory.REFRESH));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(action(ActionFactory.IMPORT));
        file.add(action(ActionFactory.EXPORT));
        file.add(new Separator());
        file.add(action(ActionFactory.PROPERTIES));
        file.add(new Separator());
        file.add(action(ActionFactory.QUIT));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return file;
    }

    private MenuManager editMenu() {
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(action(ActionFactory.UNDO));
        edit.add(action(ActionFactory.REDO));
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(action(ActionFactory.CUT));
        edit.add(action(ActionFactory.COPY));
        edit.add(action(ActionFactory.PASTE));
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(action(ActionFactory.DELETE));
        edit.add(action(ActionFactory.SELECT_ALL));
        edit.add(new Separator());
        edit.add(action(ActionFactory.FIND));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return edit;
    }

    private MenuManager windowMenu() {
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(action(ActionFactory.OPEN_NEW_WINDOW));
        windowMenu.add(new Separator());
        MenuManager perspectives = new MenuManager("Open &Perspective", "openPerspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        windowMenu.add(perspectives);
        MenuManager views = new MenuManager("Show &View", "showView");
        IContributionItem viewList = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
        views.add(viewList);
        windowMenu.add(views);
        windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(action(ActionFactory.PREFERENCES));
        return windowMenu;
    }

    private MenuManager helpMenu() {
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        // the p2 UI contributes "Check for Updates" and "Install New Software..." after this group
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(action(ActionFactory.ABOUT));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        return help;
    }
}
