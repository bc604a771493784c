package org.heterostack.ui.editor.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Names a user reads for features and enumeration literals of a model whose attribute names carry their unit
 * ({@code thicknessNm}, {@code electronMobilityCm2PerVs}): "Thickness (nm)", "Electron mobility (cm²/(V s))",
 * and literals such as {@code PASSIVATION_2D} as "Passivation 2D".
 */
public final class FeatureLabels {

    /** Unit suffixes of attribute names and how they are written, longest first so that the longest one wins. */
    private static final List<Map.Entry<String, String>> UNITS = List.of(Map.entry("Cm2PerVs", "cm²/(V s)"),
            Map.entry("MAPerCm2", "mA/cm²"), Map.entry("OhmPerSq", "Ω/sq"), Map.entry("Angstrom", "Å"),
            Map.entry("Percent", "%"), Map.entry("M6PerS", "m⁶/s"), Map.entry("M3PerS", "m³/s"),
            Map.entry("M2PerS", "m²/s"), Map.entry("PerM2S", "m⁻² s⁻¹"), Map.entry("PerNm2", "nm⁻²"),
            Map.entry("Debye", "D"), Map.entry("Hours", "h"), Map.entry("PerM3", "m⁻³"), Map.entry("VPerS", "V/s"),
            Map.entry("MPerS", "m/s"), Map.entry("Suns", "suns"), Map.entry("PerM", "m⁻¹"), Map.entry("Cm2", "cm²"),
            Map.entry("MeV", "meV"), Map.entry("Ev", "eV"), Map.entry("Nm", "nm"), Map.entry("Ns", "ns"),
            Map.entry("K", "K"), Map.entry("V", "V"), Map.entry("S", "s"));

    /** Words written in capitals or with a fixed spelling. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("pce", "PCE"), Map.entry("eqe", "EQE"),
            Map.entry("srh", "SRH"), Map.entry("dos", "DOS"), Map.entry("doi", "DOI"), Map.entry("url", "URL"),
            Map.entry("smiles", "SMILES"), Map.entry("t80", "T80"), Map.entry("jsc", "Jsc"), Map.entry("voc", "Voc"),
            Map.entry("pka", "pKa"), Map.entry("n", "n"));

    /** Literals with a conventional spelling. */
    private static final Map<String, String> LITERALS = Map.of("NIP", "n-i-p", "PIN", "p-i-n", "AM1_5G", "AM1.5G",
            "PBX2", "PbX2", "PASSIVATION_2D", "2D passivation");

    private FeatureLabels() {
    }

    /**
     * The unit an attribute's name ends with.
     *
     * @param featureName the attribute name, e.g. {@code bandGapEv}
     * @return the unit as written in a label, e.g. "eV", or null when the name carries none
     */
    public static String unit(String featureName) {
        return suffix(featureName) == null ? null : suffix(featureName).getValue();
    }

    /**
     * A feature's name for a user: words separated, the unit in brackets.
     *
     * @param featureName the attribute or reference name, e.g. {@code electronSrhLifetimeNs}
     * @return e.g. "Electron SRH lifetime (ns)"
     */
    public static String displayName(String featureName) {
        Map.Entry<String, String> unit = suffix(featureName);
        String stem = unit == null ? featureName : featureName.substring(0, featureName.length() - unit.getKey().length());
        String words = sentence(splitCamelCase(stem));
        return unit == null ? words : words + " (" + unit.getValue() + ")";
    }

    /**
     * An enumeration literal for a user.
     *
     * @param literal the literal
     * @return e.g. "Top surface" for {@code TOP_SURFACE}, "ETL" for {@code ETL}, "n-i-p" for {@code NIP}
     */
    public static String literal(Enumerator literal) {
        String name = literal.getName();
        String fixed = LITERALS.get(name);
        if (fixed != null) {
            return fixed;
        }
        if (name.length() <= 3) {
            return name; // an acronym: ETL, HTL, LED, RP, DJ, ACI, AM0
        }
        List<String> words = new ArrayList<>();
        for (String word : name.split("_")) {
            words.add(word.chars().anyMatch(Character::isDigit) ? word : word.toLowerCase(Locale.ROOT));
        }
        String text = String.join(" ", words);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map.Entry<String, String> suffix(String featureName) {
        for (Map.Entry<String, String> unit : UNITS) {
            String key = unit.getKey();
            int start = featureName.length() - key.length();
            if (start > 0 && featureName.endsWith(key) && Character.isLowerCase(featureName.charAt(start - 1))
                    || start > 0 && featureName.endsWith(key) && Character.isDigit(featureName.charAt(start - 1))
                            && !key.startsWith("Per")) {
                return unit;
            }
        }
        return null;
    }

    private static List<String> splitCamelCase(String name) {
        List<String> words = new ArrayList<>();
        int first = 0;
        if (name.startsWith("pKa")) { // the one name that starts in lower case and continues in capitals
            words.add("pKa");
            first = 3;
        }
        StringBuilder word = new StringBuilder();
        for (int i = first; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && !word.isEmpty() && !Character.isUpperCase(name.charAt(i - 1))) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String sentence(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            String fixed = WORDS.get(lower);
            String shown = fixed != null ? fixed : word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word : lower;
            text.append(text.isEmpty() ? "" : " ").append(shown);
        }
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !WORDS.containsValue(words.get(0))) {
            text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        }
        return text.toString();
    }
}
