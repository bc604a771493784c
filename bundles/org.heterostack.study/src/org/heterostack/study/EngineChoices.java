package org.heterostack.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.heterostack.engine.EngineSelector;
import org.heterostack.model.EngineCategory;

/**
 * The engines a user has chosen, per category, most binding first: a study's pins, then the user's preferences
 * (the workbench's preference page, the CLI's {@code --prefer}). A category without a choice runs every engine that
 * applies. Immutable.
 */
public final class EngineChoices {

    private static final EngineChoices NONE = new EngineChoices(new EnumMap<>(EngineCategory.class));

    private final Map<EngineCategory, List<EngineSelector>> selectors;

    private EngineChoices(Map<EngineCategory, List<EngineSelector>> selectors) {
        this.selectors = selectors;
    }

    /** @return no choice in any category */
    public static EngineChoices none() {
        return NONE;
    }

    /**
     * @param preferred the id of the preferred engine of a category, if the user has one
     * @return the choices of a host that keeps one preferred engine id per category (any version)
     */
    public static EngineChoices preferred(Function<EngineCategory, Optional<String>> preferred) {
        EngineChoices choices = NONE;
        for (EngineCategory category : EngineCategory.VALUES) {
            Optional<String> id = preferred.apply(category);
            if (id.isPresent()) {
                choices = choices.with(category, EngineSelector.anyVersion(id.get()));
            }
        }
        return choices;
    }

    /**
     * @param category a category
     * @param selector an engine to choose in it, less binding than those chosen before
     * @return these choices and the new one
     */
    public EngineChoices with(EngineCategory category, EngineSelector selector) {
        Map<EngineCategory, List<EngineSelector>> copy = new EnumMap<>(EngineCategory.class);
        selectors.forEach((c, list) -> copy.put(c, list));
        List<EngineSelector> list = new ArrayList<>(selectors.getOrDefault(category, List.of()));
        list.add(selector);
        copy.put(category, Collections.unmodifiableList(list));
        return new EngineChoices(copy);
    }

    /**
     * @param category a category
     * @return its choices, most binding first; empty when the user has none
     */
    public List<EngineSelector> of(EngineCategory category) {
        return selectors.getOrDefault(category, List.of());
    }

    @Override
    public String toString() {
        return selectors.toString();
    }
}
