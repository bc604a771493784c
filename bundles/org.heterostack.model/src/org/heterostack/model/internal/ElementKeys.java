package org.heterostack.model.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies an element among its siblings the same way in a file as read by a parser and as written by EMF:
 * by its tag and {@code name} attribute, or by its tag and position among siblings of that tag.
 */
final class ElementKeys {

    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

    private ElementKeys() {
    }

    /**
     * @param tag      the element's qualified name
     * @param name     its {@code name} attribute, or null
     * @param siblings how many siblings of each key were seen so far under the same parent (updated)
     * @return the key, e.g. {@code layers[ETL]} or {@code sources#2}
     */
    static String key(String tag, String name, Map<String, Integer> siblings) {
        String base = name == null ? tag : tag + "[" + name + "]";
        int index = siblings.merge(base, 1, Integer::sum);
        return index == 1 ? base : base + "#" + index;
    }

    /** The qualified name of a start tag's text, e.g. {@code layers} of {@code <layers name="x">}. */
    static String tagName(String tag) {
        int end = 1;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/'
                && tag.charAt(end) != '>') {
            end++;
        }
        return tag.substring(1, end);
    }

    /** The unescaped {@code name} attribute of a start tag's text, or null. */
    static String nameAttribute(String tag) {
        Matcher matcher = NAME.matcher(tag);
        return matcher.find() ? unescape(matcher.group(1)) : null;
    }

    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int semicolon = value.charAt(i) == '&' ? value.indexOf(';', i) : -1;
            if (semicolon < 0) {
                out.append(value.charAt(i++));
                continue;
            }
            String entity = value.substring(i + 1, semicolon);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1)));
            }
            i = semicolon + 1;
        }
        return out.toString();
    }
}
