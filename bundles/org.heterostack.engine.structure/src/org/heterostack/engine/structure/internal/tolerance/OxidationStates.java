package org.heterostack.engine.structure.internal.tolerance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.IonText;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;

/**
 * The oxidation state of every ion of a composition. A stated state is kept; an ion for which the radius set lists
 * one state of the site's sign (cations positive on A and B, anions negative on X) takes it; the others are chosen
 * so that the formula unit is neutral, sum over sites of count x fraction x state = 0 (A and B once, X three times),
 * preferring the lowest mean A-site state (the A cation is the lower-valent one) and then the most even B site. An
 * ion the set does not know but that has a user-given radius may take any integer state that balances the charge.
 * A state fixed by charge balance alone is reported as information, a choice among several balancing ones as a
 * warning; Bartel et al. (Sci. Adv. 5, eaav0693 (2019)) likewise
 * assign states by charge balance.
 */
final class OxidationStates {

    private static final double CHARGE_TOLERANCE = 1e-6;
    private static final int MAX_COMBINATIONS = 100_000;

    private OxidationStates() {
    }

    /** One ion of one site with its candidate states (one when fixed; empty when free). */
    record Slot(Site site, SiteOccupancy occupancy, List<Integer> candidates) {

        double weight() {
            return site.perFormulaUnit() * occupancy.fraction();
        }
    }

    /**
     * The states, one per ion in site order A, B, X, with warnings for each choice.
     *
     * @throws StructureException naming the ion when no state of the site's sign is known, or none balances
     */
    static List<Integer> resolve(Composition composition, IonicRadiusSet set, List<RadiusNote> notes) {
        List<Slot> slots = new ArrayList<>();
        for (var mixture : List.of(composition.a(), composition.b(), composition.x())) {
            mixture.occupants().forEach(o -> slots.add(new Slot(mixture.site(), o, candidates(mixture.site(), o, set))));
        }
        long free = slots.stream().filter(s -> s.candidates().isEmpty()).count();
        if (free > 1) {
            throw new StructureException("state the oxidationState of "
                    + slots.stream().filter(s -> s.candidates().isEmpty()).map(s -> s.occupancy().ion())
                            .collect(Collectors.joining(" and "))
                    + ": they are not in radius set '" + set.name() + "', so charge balance cannot give both");
        }
        long combinations = slots.stream().mapToLong(s -> Math.max(1, s.candidates().size())).reduce(1, (a, b) -> a * b);
        if (combinations > MAX_COMBINATIONS) {
            throw new StructureException("too many ions with several oxidation states to balance the charge; state "
                    + "their oxidationState");
        }
        List<int[]> balanced = new ArrayList<>();
        enumerate(slots, 0, new int[slots.size()], 0.0, balanced);
        boolean chosen = slots.stream().anyMatch(s -> s.candidates().size() != 1);
        if (balanced.isEmpty()) {
            if (chosen) {
                throw new StructureException("no oxidation states of " + choices(slots)
                        + " balance the charge of the formula unit; state their oxidationState");
            }
            notes.add(new RadiusNote(true, "the stated oxidation states do not balance the charge: A "
                    + signed(sum(slots, null, Site.A)) + ", B " + signed(sum(slots, null, Site.B)) + ", X3 "
                    + signed(sum(slots, null, Site.X))));
            return slots.stream().map(s -> s.candidates().get(0)).toList();
        }
        int[] best = balanced.stream().min(Comparator.<int[]>comparingDouble(c -> sum(slots, c, Site.A))
                .thenComparingInt(c -> spread(slots, c, Site.B))).orElseThrow();
        boolean unique = balanced.size() == 1;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.candidates().size() != 1) {
                String listed = s.candidates().isEmpty() ? "not in the radius set"
                        : "the radius set lists " + statesText(s.occupancy().ion(), s.candidates());
                notes.add(new RadiusNote(!unique, "oxidation state of " + s.occupancy().ion() + " on site " + s.site()
                        + ": " + signed(best[i]) + (unique ? ", the only one that balances the charge (" + listed + ")"
                                : " by charge balance, one of several that balance it (" + listed
                                        + "); state its oxidationState to choose another")));
            }
        }
        return Arrays.stream(best).boxed().toList();
    }

    private static List<Integer> candidates(Site site, SiteOccupancy o, IonicRadiusSet set) {
        Integer stated = o.oxidationState();
        if (stated != null) {
            if ((stated < 0) != site.anion()) {
                throw new StructureException("ion " + o.ion() + " with oxidation state " + signed(stated)
                        + " cannot sit on site " + site);
            }
            return List.of(stated);
        }
        if (!set.knows(o.ion())) {
            if (o.radiusA() == null) {
                throw new StructureException("ion '" + o.ion() + "' on site " + site + " is not in radius set '"
                        + set.name() + "'; give its radiusAngstrom (and oxidationState)");
            }
            return List.of();
        }
        SortedSet<Integer> states = new TreeSet<>(set.oxidationStates(o.ion()));
        states.removeIf(n -> (n < 0) != site.anion());
        if (states.isEmpty()) {
            throw new StructureException("ion " + o.ion() + " cannot sit on site " + site + ": radius set '"
                    + set.name() + "' lists only " + statesText(o.ion(), set.oxidationStates(o.ion())));
        }
        return List.copyOf(states);
    }

    private static void enumerate(List<Slot> slots, int index, int[] states, double charge, List<int[]> out) {
        if (index == slots.size()) {
            int free = freeSlot(slots);
            if (free < 0) {
                if (Math.abs(charge) < CHARGE_TOLERANCE) {
                    out.add(states.clone());
                }
                return;
            }
            Slot s = slots.get(free);
            long state = Math.round(-charge / s.weight());
            if (state != 0 && (state < 0) == s.site().anion()
                    && Math.abs(state * s.weight() + charge) < CHARGE_TOLERANCE) {
                states[free] = (int) state;
                out.add(states.clone());
            }
            return;
        }
        Slot s = slots.get(index);
        if (s.candidates().isEmpty()) {
            enumerate(slots, index + 1, states, charge, out);
            return;
        }
        for (int n : s.candidates()) {
            states[index] = n;
            enumerate(slots, index + 1, states, charge + s.weight() * n, out);
        }
    }

    private static int freeSlot(List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).candidates().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static double sum(List<Slot> slots, int[] states, Site site) {
        double sum = 0.0;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).site() == site) {
                sum += slots.get(i).weight() * (states == null ? slots.get(i).candidates().get(0) : states[i]);
            }
        }
        return sum;
    }

    private static int spread(List<Slot> slots, int[] states, Site site) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).site() == site) {
                min = Math.min(min, states[i]);
                max = Math.max(max, states[i]);
            }
        }
        return max - min;
    }

    private static String choices(List<Slot> slots) {
        return slots.stream().filter(s -> s.candidates().size() != 1)
                .map(s -> s.occupancy().ion() + " (" + (s.candidates().isEmpty() ? "any integer state"
                        : statesText(s.occupancy().ion(), s.candidates())) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String statesText(String ion, Collection<Integer> states) {
        return states.stream().map(n -> IonText.of(ion, n)).collect(Collectors.joining(", "));
    }

    private static String signed(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%+d", (long) value)
                : String.format(Locale.ROOT, "%+.3f", value);
    }
}
