package org.heterostack.engine.structure.internal.bartel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supplementary tables of Bartel et al., Sci. Adv. 5, eaav0693 (2019), carried in this bundle's
 * {@code resources/bartel-2019/} (MIT licence, source named in each file's header), as rows of named columns.
 */
public final class BartelTable {

    private BartelTable() {
    }

    /** The rows of {@code TableS1}, {@code TableS2} or {@code TableS3}, each a column name to text map. */
    public static List<Map<String, String>> rows(String table) throws IOException {
        String resource = "/resources/bartel-2019/" + table + ".csv";
        try (InputStream in = BartelTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
