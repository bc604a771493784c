package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.heterostack.ui.tests.UiTestSupport.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.heterostack.ui.HeterostackWorkbench;
import org.junit.jupiter.api.Test;

/** File, Edit, Window and Help hold what users of an Eclipse workbench expect, p2 entries included. */
class WorkbenchMenusTest {

    private static Map<String, List<String>> menuBar() {
        Map<String, List<String>> menus = new LinkedHashMap<>();
        for (MenuItem top : window().getShell().getMenuBar().getItems()) {
            Menu menu = top.getMenu();
            if (menu == null) {
                continue;
            }
            menu.notifyListeners(SWT.Show, new Event()); // lets JFace and e4 fill it
            UiTestSupport.spin(200, () -> false);
            List<String> items = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                String text = item.getText().replace("&", "").replaceAll("\t.*", "");
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            menu.notifyListeners(SWT.Hide, new Event());
            menus.put(top.getText().replace("&", ""), items);
        }
        return menus;
    }

    @Test
    void menuBarHasFileEditAnalysisWindowHelp() {
        Map<String, List<String>> menus = menuBar();
        assertEquals(List.of("File", "Edit", "Analysis", "Window", "Help"), new ArrayList<>(menus.keySet()),
                menus.toString());
        assertTrue(menus.get("Analysis").contains("Analyze Model"), menus.toString());
        assertTrue(menus.get("Analysis").contains("Analyze Model and Store Results"), menus.toString());
        assertTrue(menus.get("Analysis").contains("Show Stored Results"), menus.toString());
        assertTrue(menus.get("Analysis").contains("Analysis Results"), menus.toString());
        assertTrue(menus.get("File").contains("New"), menus.toString());
        assertTrue(menus.get("File").contains("Save"), menus.toString());
        assertTrue(menus.get("Edit").stream().anyMatch(s -> s.startsWith("Undo")), menus.toString());
        assertTrue(menus.get("Window").stream().anyMatch(s -> s.startsWith("Preferences")), menus.toString());
        List<String> help = menus.get("Help");
        assertTrue(help.stream().anyMatch(s -> s.startsWith("About")), help.toString());
        assertTrue(help.contains("Install New Software..."), help.toString());
        assertTrue(help.contains("Installation Details"), help.toString());
    }

    @Test
    void p2InstallCommandsAreDefinedAndEnabled() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command install = commands.getCommand(HeterostackWorkbench.INSTALL_SOFTWARE_COMMAND_ID);
        Command details = commands.getCommand(HeterostackWorkbench.INSTALLATION_DETAILS_COMMAND_ID);
        assertTrue(install.isDefined());
        assertTrue(details.isDefined());
        EHandlerService handlers = window().getService(EHandlerService.class);
        assertTrue(handlers.canExecute(ParameterizedCommand.generateCommand(install, null)),
                "no enabled handler for Install New Software...");
        assertTrue(handlers.canExecute(ParameterizedCommand.generateCommand(details, null)),
                "no enabled handler for Installation Details");
    }
}
