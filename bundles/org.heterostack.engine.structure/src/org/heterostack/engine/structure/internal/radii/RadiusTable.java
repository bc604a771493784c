package org.heterostack.engine.structure.internal.radii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Radii of ions by symbol, in the order of their source table (Shannon lists coordinations in ascending order).
 * The built-in table is {@code data/shannon-1976-ionic-radii.csv} of this bundle: Shannon's ionic radii of every
 * ion, oxidation state, coordination and spin state (R. D. Shannon, Acta Cryst. A32, 751 (1976)), Sn2+ of Travis
 * et al. (Chem. Sci. 7, 4548 (2016)) and the effective radii of molecular ions of Kieslich, Sun and Cheetham
 * (Chem. Sci. 5, 4712 (2014)), as carried in the data of Bartel et al., Sci. Adv. 5, eaav0693 (2019) (MIT licence;
 * the file header names the source). Rows with a radius &lt;= 0 (Shannon's H+, D+, C4+ and N5+ in low coordination)
 * cannot be the radius of a sphere and are left out.
 */
public final class RadiusTable {

    private static final String RESOURCE = "/data/shannon-1976-ionic-radii.csv";
    private static final String SHANNON = "Shannon 1976 ionic radius";
    private static final String TRAVIS = "Travis et al., Chem. Sci. 7, 4548 (2016)";
    private static final String KIESLICH = "Kieslich, Sun, Cheetham, Chem. Sci. 5, 4712 (2014), effective radius";
    private static final Pattern ELEMENT = Pattern.compile("[A-Z][a-z]?");
    private static final Pattern D_SHELL = Pattern.compile("\\dd\\s*(\\d+)");

    private final Map<String, List<TabulatedRadius>> byIon;

    private RadiusTable(Map<String, List<TabulatedRadius>> byIon) {
        Map<String, List<TabulatedRadius>> copy = new LinkedHashMap<>();
        byIon.forEach((ion, list) -> copy.put(ion, List.copyOf(list)));
        this.byIon = Map.copyOf(copy);
    }

    /** The built-in table, read once from the bundle. */
    public static RadiusTable shannon() {
        return Holder.SHANNON_TABLE;
    }

    /** A table of the given radii (for radius sets assembled in code). */
    public static RadiusTable of(Collection<TabulatedRadius> radii) {
        Map<String, List<TabulatedRadius>> map = new LinkedHashMap<>();
        radii.forEach(r -> map.computeIfAbsent(r.ion(), k -> new ArrayList<>()).add(r));
        return new RadiusTable(map);
    }

    /** This table with every radius of {@code ion} in {@code oxidationState} replaced by {@code replacement}. */
    public RadiusTable replacing(String ion, int oxidationState, TabulatedRadius replacement) {
        List<TabulatedRadius> all = new ArrayList<>();
        byIon.values().forEach(list -> list.stream()
                .filter(r -> !(r.ion().equals(ion) && r.oxidationState() == oxidationState)).forEach(all::add));
        all.add(replacement);
        return of(all);
    }

    /** True if the table has any radius of this ion. */
    public boolean knows(String ion) {
        return byIon.containsKey(ion);
    }

    /** The oxidation states the table lists for an ion (empty when it does not know the ion). */
    public SortedSet<Integer> oxidationStates(String ion) {
        SortedSet<Integer> states = new TreeSet<>();
        byIon.getOrDefault(ion, List.of()).forEach(r -> states.add(r.oxidationState()));
        return states;
    }

    /** The radii of an ion in one oxidation state, in table order (empty when none). */
    public List<TabulatedRadius> radii(String ion, int oxidationState) {
        return byIon.getOrDefault(ion, List.of()).stream().filter(r -> r.oxidationState() == oxidationState).toList();
    }

    /** Number of tabulated radii. */
    public int size() {
        return byIon.values().stream().mapToInt(List::size).sum();
    }

    static RadiusTable read(InputStream in) throws IOException {
        List<TabulatedRadius> radii = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                TabulatedRadius r = row(line.split(",", -1));
                if (r != null && r.radiusA() > 0.0) {
                    radii.add(r);
                }
            }
        }
        return of(radii);
    }

    /** One CSV row: record, ion, oxidation state, configuration, CN, spin, crystal radius, ionic radius, ... */
    private static TabulatedRadius row(String[] c) {
        int oxidationState = Integer.parseInt(c[2].trim());
        double ionicRadiusA = Double.parseDouble(c[7].trim());
        if (!c[0].trim().matches("\\d+")) {
            String symbol = MolecularIons.symbol(c[0].trim());
            return symbol == null ? null
                    : new TabulatedRadius(symbol, oxidationState, 0, "", ionicRadiusA, -1, KIESLICH);
        }
        Matcher element = ELEMENT.matcher(c[1].trim());
        if (!element.lookingAt()) {
            throw new IllegalStateException("radius table: cannot read the ion of row " + String.join(",", c));
        }
        Matcher d = D_SHELL.matcher(c[3]);
        String source = c[3].isBlank() ? TRAVIS : SHANNON;
        return new TabulatedRadius(element.group(), oxidationState, Integer.parseInt(c[4].trim()), c[5].trim(),
                ionicRadiusA, d.find() ? Integer.parseInt(d.group(1)) : -1, source);
    }

    private static final class Holder {
        static final RadiusTable SHANNON_TABLE = load();

        private static RadiusTable load() {
            try (InputStream in = RadiusTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("radius table " + RESOURCE + " is missing from the bundle");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read radius table " + RESOURCE, e);
            }
        }
    }
}
