package org.heterostack.ui.study.internal.results;

import org.eclipse.swt.widgets.Table;

/**
 * Changes a virtual table's item count the cheapest way measured on GTK ({@code ItemCountBenchmark}, 20 columns,
 * load about 1.4): a count that shrinks (100,008 to 8,334 rows) took 4.7-6.4 s by {@code setItemCount}, with or
 * without {@code setRedraw(false)} or the table hidden, because GTK's list store loses its rows one by one; emptying the
 * table first ({@code removeAll}) and then growing it took 0.5 s. Growing from 0 to 100,008 rows costs 0.4-0.7 s
 * either way.
 */
final class ItemCount {

    private ItemCount() {
    }

    /**
     * Sets the count and has every row asked for again.
     *
     * @param table a virtual table
     * @param count the number of rows
     */
    static void set(Table table, int count) {
        if (count < table.getItemCount()) {
            table.removeAll();
        } else {
            table.clearAll();
        }
        table.setItemCount(count);
    }
}
