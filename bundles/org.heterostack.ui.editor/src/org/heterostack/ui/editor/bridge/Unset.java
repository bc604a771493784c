package org.heterostack.ui.editor.bridge;

/** Stands for "no value" in lists of choices, which cannot hold null. */
enum Unset {
    /** The one "no value" choice. */
    VALUE;

    static Object toChoice(Object value) {
        return value == null ? VALUE : value;
    }

    static Object toValue(Object choice) {
        return choice == VALUE ? null : choice;
    }
}
