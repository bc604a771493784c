package org.heterostack.ui.study.tests;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a virtual SWT table's item count costs on this platform, lever by lever (run with {@code ./mvnw verify
 * -Pbench}): a table shaped like the Study Results view's (20 columns, text filled on demand) in a window on screen
 * grows from 0 to 100,008 rows, shrinks to 8,334 and grows back, with the count set directly, inside
 * {@code setRedraw(false)}, while the table is hidden, and after {@code removeAll()} when it shrinks. Each figure is
 * the time until the first rows are painted again, with the load average. Nothing is asserted.
 */
@Tag("bench")
class ItemCountBenchmark {

    private static final int ALL = 100_008;
    private static final int FILTERED = 8_334;
    private static final int FIRST = 200;

    /** Whether the table asked for the first row's text since the last count change. */
    private static boolean firstRowAsked;

    @Test
    void itemCountLevers() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        Table table = new Table(shell, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] texts = new String[20];
        for (int c = 0; c < texts.length; c++) {
            TableColumn column = new TableColumn(table, c < 2 ? SWT.LEFT : SWT.RIGHT);
            column.setText("column " + c);
            column.setWidth(70);
        }
        table.addListener(SWT.SetData, e -> {
            firstRowAsked |= e.index == 0;
            for (int c = 0; c < texts.length; c++) {
                texts[c] = String.format(Locale.ROOT, "%.4g", (e.index + 1) * (c + 1) / 7.0);
            }
            ((TableItem) e.item).setText(texts);
        });
        shell.open();
        try {
            for (int round = 0; round < 2; round++) {
                System.out.printf(Locale.ROOT, "virtual table item count, round %d:%n", round + 1);
                measure(table, "setItemCount", table::setItemCount);
                measure(table, "setRedraw(false) around setItemCount", count -> {
                    table.setRedraw(false);
                    try {
                        table.setItemCount(count);
                    } finally {
                        table.setRedraw(true);
                    }
                });
                measure(table, "hidden while setItemCount", count -> {
                    table.setVisible(false);
                    try {
                        table.setItemCount(count);
                    } finally {
                        table.setVisible(true);
                    }
                });
                measure(table, "removeAll before a smaller count", count -> {
                    if (count < table.getItemCount()) {
                        table.removeAll();
                    }
                    table.setItemCount(count);
                });
            }
        } finally {
            shell.dispose();
        }
    }

    /** Prints the times of the count changes the view makes with one way of setting the count. */
    private static void measure(Table table, String lever, IntConsumer setCount) {
        table.removeAll();
        StringBuilder line = new StringBuilder("  " + lever + ":");
        int[] counts = { FIRST, ALL, FILTERED, ALL, 0, ALL };
        int from = 0;
        for (int count : counts) {
            line.append(String.format(Locale.ROOT, " %,d -> %,d %s;", from, count, time(table, setCount, count)));
            from = count;
        }
        System.out.println(line);
    }

    /** Sets the count and runs the event loop until the table asks for the first row's text (or is empty). */
    private static String time(Table table, IntConsumer setCount, int count) {
        Display display = table.getDisplay();
        while (display.readAndDispatch()) {
            // drain pending events
        }
        firstRowAsked = false;
        long start = System.nanoTime();
        setCount.accept(count);
        table.clearAll();
        long deadline = System.currentTimeMillis() + 60_000;
        while (count > 0 && !firstRowAsked && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.update();
        return String.format(Locale.ROOT, "%.0f ms (load %.1f)", (System.nanoTime() - start) / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
